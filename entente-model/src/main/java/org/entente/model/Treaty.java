package org.entente.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A treaty or other formal instrument between the two states, with its coding where known.
 *
 * @param id             its id
 * @param title          its title
 * @param parties        alpha-3 codes of its parties
 * @param signed         when it was signed
 * @param place          where, if known
 * @param entryIntoForce when it entered into force, if it has
 * @param durationYears  its term in years; empty when indefinite
 * @param renewal        how it is renewed, if stated
 * @param articles       how many articles it has, if known
 * @param status         where it stands
 * @param supersedes     the id of the treaty it replaced, if any
 * @param text           the attachment holding its text, relative to the case folder
 * @param sources        ids of its sources
 * @param coding         per-article coding, where known
 * @param absent         obligations it conspicuously lacks
 */
public record Treaty(String id, String title, List<String> parties, PartialDate signed,
                     Optional<String> place, Optional<PartialDate> entryIntoForce,
                     OptionalInt durationYears, Optional<String> renewal, OptionalInt articles,
                     TreatyStatus status, Optional<String> supersedes, Optional<String> text,
                     List<String> sources, List<ArticleCoding> coding, List<AbsentObligation> absent) {

    /** Copies the lists and checks the required fields. */
    public Treaty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(status, "status");
        parties = List.copyOf(parties);
        sources = List.copyOf(sources);
        coding = List.copyOf(coding);
        absent = List.copyOf(absent);
    }

    /** @return the most binding obligation its coded articles create (ATOP order), or none */
    public Obligation strongest() {
        return coding.stream().map(ArticleCoding::obligation).min(Enum::compareTo).orElse(Obligation.NONE);
    }

    /** @return the labels ({@link ArticleCoding#label}) of its coded articles about a subject, in order */
    public List<String> articlesAbout(TreatySubject subject) {
        return coding.stream().filter(c -> c.subjects().contains(subject)).map(ArticleCoding::label).toList();
    }

    /**
     * The coding of one article (or paragraph) of a treaty.
     *
     * @param id         its id
     * @param article    the article number, when it is established
     * @param subjects   what the article is about
     * @param obligation the ATOP obligation it creates, or none
     * @param binding    how binding its wording is
     * @param depth      depth provisions it contains
     * @param summary    what it says, in the analyst's words
     * @param confidence how well the coding is established
     * @param sources    ids of its sources
     */
    public record ArticleCoding(String id, Optional<String> article, List<TreatySubject> subjects,
                                Obligation obligation, Binding binding, List<DepthProvision> depth,
                                String summary, Confidence confidence, List<String> sources) {

        /** Copies the lists and checks the required fields. */
        public ArticleCoding {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(obligation, "obligation");
            Objects.requireNonNull(binding, "binding");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(confidence, "confidence");
            subjects = List.copyOf(subjects);
            depth = List.copyOf(depth);
            sources = List.copyOf(sources);
        }

        /** What a clause whose article number is not known shows for it. */
        public static final String NOT_ESTABLISHED = "(not established)";

        /**
         * @return "Art. 3(3)" or, for an article without a number, "(not established)": its coding id
         * is no article, and shown where one goes it would read as one
         */
        public String label() {
            return article.map(x -> "Art. " + x).orElse(NOT_ESTABLISHED);
        }
    }

    /**
     * An obligation a treaty conspicuously does not contain, such as mutual defence.
     *
     * @param id         its id
     * @param obligation the missing obligation
     * @param note       why its absence matters
     * @param sources    ids of its sources
     */
    public record AbsentObligation(String id, Obligation obligation, String note, List<String> sources) {

        /** Copies the list and checks the required fields. */
        public AbsentObligation {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(obligation, "obligation");
            Objects.requireNonNull(note, "note");
            sources = List.copyOf(sources);
        }
    }
}
