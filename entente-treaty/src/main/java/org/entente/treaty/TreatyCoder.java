package org.entente.treaty;

import java.nio.file.Path;
import java.util.List;
import org.entente.treaty.clause.Parser;
import org.entente.treaty.clause.Particulars;
import org.entente.treaty.clause.Sentence;
import org.entente.treaty.clause.Sentences;
import org.entente.treaty.clause.Structure;
import org.entente.treaty.clause.Terms;
import org.entente.treaty.coding.Absence;
import org.entente.treaty.coding.Atop;
import org.entente.treaty.coding.Codes;
import org.entente.treaty.coding.Commitment;
import org.entente.treaty.text.ExtractedText;
import org.entente.treaty.text.TextExtractor;

/**
 * Codes a treaty from its text: extract, parse the clause tree, apply the rules, sum up. The one
 * entry point of this module; stateless, so one instance may code any number of treaties.
 */
public final class TreatyCoder {

    private final TextExtractor extractor = new TextExtractor();

    /** Creates a coder. */
    public TreatyCoder() {
    }

    /**
     * @param file a treaty as plain text, HTML or PDF
     * @return its coding
     * @throws TreatyTextException when the file cannot be read as a treaty
     */
    public TreatyCoding code(Path file) {
        return code(extractor.extract(file));
    }

    /**
     * @param name a name for messages
     * @param text the treaty's text (it is normalised first, like a file's)
     * @return its coding
     * @throws TreatyTextException when no article can be found
     */
    public TreatyCoding code(String name, String text) {
        return code(extractor.extract(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * @param extracted a treaty's extracted text
     * @return its coding
     * @throws TreatyTextException when no article can be found
     */
    public TreatyCoding code(ExtractedText extracted) {
        String text = extracted.text();
        Structure structure = Parser.parse(extracted.name(), text);
        List<Sentence> own = structure.parts().isEmpty() ? List.of() : structure.parts().get(0).articles().stream()
                .flatMap(a -> Sentences.of(text, a).stream()).toList();
        Codes codes = Codes.of(text, structure);
        Atop atop = Atop.of(codes.obligations());
        return new TreatyCoding(extracted.name(), extracted.format(), text.length(), Particulars.of(text, structure),
                Terms.of(own), structure, codes.subjects(), codes.obligations(), codes.depth(), atop,
                Commitment.of(codes.obligations(), codes.depth()), Absence.of(codes, atop), extracted.warnings());
    }
}
