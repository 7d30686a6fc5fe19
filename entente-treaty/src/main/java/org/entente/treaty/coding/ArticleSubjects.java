package org.entente.treaty.coding;

import java.util.List;
import java.util.Objects;
import org.entente.model.TreatySubject;

/**
 * What one article is about.
 *
 * @param article  the article as a reader cites it
 * @param subjects its subjects (multi-label); {@code general} when no lexicon hits
 */
public record ArticleSubjects(String article, List<TreatySubject> subjects) {

    /** Copies the list and checks the fields. */
    public ArticleSubjects {
        Objects.requireNonNull(article, "article");
        subjects = List.copyOf(subjects);
    }
}
