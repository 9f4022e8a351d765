// make interop: reads a glossary file with OmegaT's own TSV glossary reader (the one OmegaT uses
// for the .txt, .utf8 and .tab files of a project's glossary/ folder) and prints the number of
// entries, then each entry as source<TAB>target<TAB>comment.
// Run: java -cp /usr/share/omegat/OmegaT.jar Scripts/OmegaTGlossary.java FILE
import java.io.File;
import java.util.List;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTSV;

public class OmegaTGlossary {
    public static void main(String[] arguments) throws Exception {
        List<GlossaryEntry> entries = GlossaryReaderTSV.read(new File(arguments[0]), false);
        System.out.println(entries.size());
        for (GlossaryEntry entry : entries) {
            System.out.println(entry.getSrcText() + "\t" + entry.getLocText() + "\t" + entry.getCommentText());
        }
    }
}
