import Terminology

/// Verb and adjective forms as the analyser reads them: a word whose outermost prefix is `meN-`,
/// `ber-`, `di-` or `ter-` (`mencapai`, `berpikir`, `dikritik`, `terbuka`), not a noun of
/// `ke-…-an` or `peN-…-an` (`pertemuan`, `kebijakan`, `pelatih`).
enum VerbalForm {
    static let prefixes: Set<String> = ["me", "mem", "men", "meng", "meny", "menge", "ber", "be", "bel", "di", "ter", "te"]

    /// Whether the first word of `phrase` is a verbal form.
    static func starts(_ phrase: String, morphology: IndonesianMorphology = .shared) -> Bool {
        guard let first = phrase.split(separator: " ").first else { return false }
        let analysis = morphology.analyse(String(first))
        guard let prefix = analysis.prefixes.first?.lowercased() else { return false }
        return prefixes.contains(prefix)
    }
}
