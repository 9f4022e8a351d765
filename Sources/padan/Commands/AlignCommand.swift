import Alignment
import ArgumentParser
import Foundation
import Memory
import TMX
import Terminology
import TextIO

/// `padan align`: pairs the sentences of Indonesian articles with their English versions.
struct AlignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align an Indonesian article with its English version into a TMX.",
        discussion: """
            Reads plain text, HTML or DOCX (by extension, or --input-format), cuts both texts into \
            paragraphs and sentences (or takes one sentence a line with --presplit, a blank line \
            between paragraphs), aligns the paragraphs first and then the sentences inside each \
            paragraph pair, so that a link crosses a paragraph boundary only where the translator \
            split or merged paragraphs. \
            Sentences are paired 1-1, 2-1, 1-2, 2-2, 3-1 or 1-3; each link becomes one translation \
            unit with its confidence (the model's probability that the link is right, 0 to 1) as a \
            `x-padan-confidence` prop. Sentences without a counterpart are left out unless \
            --keep-unaligned is given. --min-confidence drops links below a threshold.

            The shipped glossary (or the --glossary files) supplies anchors: a term found in an \
            Indonesian sentence, whatever its affixes, and one of its English renderings found in \
            an English sentence count as evidence that the two translate each other, weighted \
            by how rare the term is in the pair. --no-glossary aligns without them.

            --batch DIR pairs every NAME.id.txt with NAME.en.txt in DIR (or .html, .htm, .docx: \
            NAME.id.html with NAME.en.docx too), aligns the pairs on all cores and writes one \
            TMX; a file without its partner is reported and skipped. The pairs are aligned \
            twice: the second time with the word pairs learned from all of them.

            --into-memory stores the links in the translation memory (see padan memory), each \
            article in one transaction, with its confidence and the article's name as origin; \
            output is then written only with -o.

            Word translations: a second pass credits pairs of an Indonesian root and an English \
            word that translate each other, learned from the input's own confident links (IBM \
            Model 1) and, when they exist, from the translation memory's word-translation table \
            (every import and --into-memory adds to it), from Debian's dict-freedict-eng-ind \
            dictionary and from the one-word pairs of --dictionary. --no-word-model aligns on \
            length and anchors alone. --explain prints each link with the word pairs credited.

            Formats: tmx (default), tsv (document, indices, confidence, texts), json, and links \
            (the gold-file format `I<TAB>E` with 0-based indices, 1-0/0-1 links included).

            Examples:
              padan align berita.id.txt story.en.txt -o berita.tmx
              padan align berita.id.html story.en.docx -o berita.tmx
              padan align --presplit --format links a.id.txt a.en.txt
              padan align --min-confidence 0.5 --format tsv berita.id.txt story.en.txt
              padan align --batch arsip/ -o corpus.tmx
              padan align --batch arsip/ --into-memory --min-confidence 0.5
              padan align --glossary redaksi.tsv berita.id.txt story.en.txt -o berita.tmx
              padan align --explain berita.id.txt story.en.txt
            """
    )

    @Argument(help: "The Indonesian text and its English version (omit with --batch).")
    var files: [String] = []

    @Option(name: .long, help: "Align every NAME.id.txt / NAME.en.txt pair in this folder into one output.")
    var batch: String?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Output format: tmx, tsv, json or links.")
    var format: AlignmentOutputFormat = .tmx

    @Flag(name: .long, help: "Take the input as one sentence per line instead of cutting it into sentences.")
    var presplit = false

    @Option(name: .long, help: "Leave out links whose confidence is below this value (0 to 1).")
    var minConfidence: Double = 0

    @Flag(name: .long, help: "Also write sentences that have no counterpart (one-language units).")
    var keepUnaligned = false

    @Option(name: .long, help: "An SRX 2.0 file whose rules take priority over the built-in segmentation rules.")
    var srx: String?

    @Option(name: .long, help: "A bilingual word list (TSV: Indonesian<TAB>English) used as extra evidence.")
    var dictionary: String?

    @Option(name: .customLong("glossary"), help: "A glossary file or directory (TSV, CSV or TBX) whose term pairs serve as anchors; repeat to load several. Default: the shipped Glossaries/.")
    var glossaryPaths: [String] = []

    @Flag(name: .long, help: "Do not use glossary term pairs as anchors.")
    var noGlossary = false

    @Flag(name: .long, help: "Align on length and anchors alone: no word-translation model, learned or stored.")
    var noWordModel = false

    @Flag(name: .long, help: "Print each link with its texts and the word pairs the model credited, instead of the output format.")
    var explain = false

    @Flag(name: .long, help: "Do not show progress or glossary warnings on standard error.")
    var quiet = false

    @Flag(name: .long, help: "Store the aligned pairs in the translation memory.")
    var intoMemory = false

    @OptionGroup var memory: MemoryLocation

    @OptionGroup var input: ArticleInput

    func validate() throws {
        if batch == nil && files.count != 2 {
            throw ValidationError("give two files, the Indonesian text and its English version, or --batch DIR.")
        }
        if batch != nil && !files.isEmpty {
            throw ValidationError("--batch takes a folder; leave out the file arguments.")
        }
        if !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1.")
        }
        if noGlossary && !glossaryPaths.isEmpty {
            throw ValidationError("--no-glossary and --glossary contradict each other; give one.")
        }
        if explain && (batch != nil || output != nil || intoMemory) {
            throw ValidationError("--explain prints one pair's links to standard output; leave out --batch, -o and --into-memory.")
        }
        if presplit, let format = input.format, format != .text {
            throw ValidationError("--presplit takes plain text, one sentence a line; leave out --input-format \(format.rawValue).")
        }
        if presplit && srx != nil {
            throw ValidationError("--srx has no effect with --presplit: the input is already one sentence a line.")
        }
    }

    func run() async throws {
        let reader = try DocumentReader(presplit: presplit, srxPath: srx, input: input)
        var options = AlignerOptions()
        if let dictionary {
            do {
                options.dictionary = try BilingualDictionary(parsing: TextInput.read(path: dictionary), fileName: dictionary)
            } catch let error as BilingualDictionary.ParseError {
                throw AlignInputError(category: .dataError, message: error.description)
            }
        }
        if !noGlossary {
            let anchors = TermAnchors(glossary: try GlossaryOptions.load(paths: glossaryPaths, lenient: false, quiet: quiet))
            options.anchors = AnchorFinder(source: { anchors.indonesianKeys(in: $0) }, target: { anchors.englishKeys(in: $0) })
        }
        if noWordModel {
            options.learnsWordTranslations = false
        } else {
            options.wordModel = try AlignWordModel.load(memoryPath: memory.resolvedPath, dictionary: options.dictionary)
        }
        let aligner = Aligner(options: options)
        let documents: [AlignedDocument]
        if explain {
            let pair = try reader.read(sourcePath: files[0], targetPath: files[1])
            let outcome = aligner.alignAndLearn(source: pair.source, target: pair.target)
            let links = aligner.align(sourceParagraphs: pair.sourceParagraphs, targetParagraphs: pair.targetParagraphs)
            print(AlignWordModel.explanation(of: AlignedDocument(pair: pair, links: links), model: outcome.model), terminator: "")
            return
        }
        if let batch {
            let first = try await BatchAlignment(folder: batch, reader: reader, aligner: aligner, quiet: quiet).run()
            if noWordModel || first.count < 2 {
                documents = first
            } else {
                // Again, with the word pairs learned from the whole batch's confident links.
                let learned = aligner.trainWordModel(on: first.map { (source: $0.pair.source, target: $0.pair.target, links: $0.links) })
                documents = try await BatchAlignment(folder: batch, reader: reader, aligner: aligner.realigner(adding: learned),
                                                     quiet: quiet).run()
            }
        } else {
            let pair = try reader.read(sourcePath: files[0], targetPath: files[1])
            documents = [AlignedDocument(pair: pair, links: aligner.align(sourceParagraphs: pair.sourceParagraphs, targetParagraphs: pair.targetParagraphs))]
        }
        let selection = LinkSelection(minimumConfidence: minConfidence, keepUnaligned: keepUnaligned)
        let alignmentOutput = AlignmentOutput(format: format, selection: selection, batch: batch != nil)
        if intoMemory {
            try store(documents, units: alignmentOutput.units(of:))
            if output == nil { return }
        }
        try alignmentOutput.write(documents, to: output)
    }

    /// Imports each document's units into the memory, one transaction per article.
    private func store(_ documents: [AlignedDocument], units: (AlignedDocument) -> [TranslationUnit]) throws {
        let memory = try memory.open()
        var standardError = StandardError()
        for document in documents {
            let summary = try memory.importUnits(units(document), origin: document.pair.name, sourceLanguage: "id", targetLanguage: "en")
            if !quiet {
                print("\(document.pair.name): \(summary.added) pairs stored in \(memory.path)"
                      + (summary.duplicates > 0 ? " (\(summary.duplicates) already there)" : ""), to: &standardError)
            }
        }
    }
}

extension AlignmentOutputFormat: ExpressibleByArgument {}
