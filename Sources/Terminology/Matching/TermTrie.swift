/// The matcher's trie over numbered word keys, in flat arrays so that walking it copies and
/// retains nothing: the root's children indexed by key number, the other edges in one table.
struct TermTrie: Sendable {
    /// A term: the glossary entry and its words as written.
    typealias Term = (entry: Int, words: [String])

    /// The root's child for each key number, or -1.
    private let rootChildren: [Int32]
    /// The other edges: `node << 32 | key` → child.
    private let edges: [Int: Int32]
    /// For each node, the index in `terms` of the first term loaded that ends there, or -1.
    private let termAtNode: [Int32]
    /// For each term, the index of the next term loaded that ends at the same node, or -1:
    /// terms whose words have the same keys (`sebelum` and `sebelumnya`) share a node.
    private let nextTerm: [Int32]
    private let terms: [Term]

    /// Builds the trie of `paths` (each term's key numbers, entry and words), first loaded first.
    init(paths: [(keys: [Int], term: Term)], keyCount: Int) {
        var rootChildren = [Int32](repeating: -1, count: keyCount)
        var edges: [Int: Int32] = [:]
        var termAtNode: [Int32] = [-1]
        var lastTermAtNode: [Int: Int32] = [:]
        var nextTerm: [Int32] = []
        var terms: [Term] = []
        for path in paths where !path.keys.isEmpty {
            var node = 0
            for key in path.keys {
                let existing = node == 0 ? rootChildren[key] : edges[node << 32 | key] ?? -1
                if existing >= 0 {
                    node = Int(existing)
                    continue
                }
                let child = Int32(termAtNode.count)
                termAtNode.append(-1)
                if node == 0 { rootChildren[key] = child } else { edges[node << 32 | key] = child }
                node = Int(child)
            }
            let index = Int32(terms.count)
            if let last = lastTermAtNode[node] { nextTerm[Int(last)] = index } else { termAtNode[node] = index }
            lastTermAtNode[node] = index
            terms.append(path.term)
            nextTerm.append(-1)
        }
        self.rootChildren = rootChildren
        self.edges = edges
        self.termAtNode = termAtNode
        self.nextTerm = nextTerm
        self.terms = terms
    }

    /// The node reached from `node` through `key`, or `nil`.
    @inline(__always)
    func child(of node: Int, key: Int) -> Int? {
        let child = node == 0 ? rootChildren[key] : edges[node << 32 | key] ?? -1
        return child >= 0 ? Int(child) : nil
    }

    /// The terms that end at `node`, first loaded first.
    func terms(at node: Int) -> TermsAtNode {
        TermsAtNode(trie: self, index: termAtNode[node])
    }

    /// The terms ending at one node, walked through `nextTerm`.
    struct TermsAtNode: Sequence, IteratorProtocol {
        let trie: TermTrie
        var index: Int32

        mutating func next() -> Term? {
            guard index >= 0 else { return nil }
            defer { index = trie.nextTerm[Int(index)] }
            return trie.terms[Int(index)]
        }
    }
}
