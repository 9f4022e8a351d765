/// The matcher's trie over numbered word keys, in flat arrays so that walking it copies,
/// hashes and retains nothing: the root's children indexed by key number, every other node's
/// children as a run of (key, child) pairs sorted by key.
struct TermTrie: Sendable {
    /// A term as the trie is built from it: the glossary entry and its words as written.
    typealias Term = (entry: Int, words: [String])

    /// The root's child for each key number, or -1.
    private let rootChildren: [Int32]
    /// For each node, where its children start in `childKeys` and `childNodes` (one more at the end).
    private let childStart: [Int32]
    private let childKeys: [Int32]
    private let childNodes: [Int32]
    /// For each node, the index of the first term loaded that ends there, or -1.
    private let termAtNode: [Int32]
    /// For each term, the index of the next term loaded that ends at the same node, or -1:
    /// terms whose words have the same keys (`sebelum` and `sebelumnya`) share a node.
    private let nextTerm: [Int32]
    /// For each term, its entry's index.
    let termEntries: [Int32]
    /// For each term, where its words start in `termWords` (one more at the end).
    let termWordStart: [Int32]
    /// Every term's words as written, term after term.
    let termWords: [String]

    /// Builds the trie of `paths` (each term's key numbers, entry and words), first loaded first.
    init(paths: [(keys: [Int], term: Term)], keyCount: Int) {
        var rootChildren = [Int32](repeating: -1, count: keyCount)
        var edges: [Int: Int32] = [:]
        var children: [[(key: Int32, node: Int32)]] = [[]]
        var termAtNode: [Int32] = [-1]
        var lastTermAtNode: [Int: Int32] = [:]
        var nextTerm: [Int32] = [], termEntries: [Int32] = [], termWordStart: [Int32] = [0]
        var termWords: [String] = []
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
                children.append([])
                if node == 0 { rootChildren[key] = child } else {
                    edges[node << 32 | key] = child
                    children[node].append((Int32(key), child))
                }
                node = Int(child)
            }
            let index = Int32(termEntries.count)
            if let last = lastTermAtNode[node] { nextTerm[Int(last)] = index } else { termAtNode[node] = index }
            lastTermAtNode[node] = index
            termEntries.append(Int32(path.term.entry))
            termWords += path.term.words
            termWordStart.append(Int32(termWords.count))
            nextTerm.append(-1)
        }
        var childStart: [Int32] = [], childKeys: [Int32] = [], childNodes: [Int32] = []
        for edges in children {
            childStart.append(Int32(childKeys.count))
            for edge in edges.sorted(by: { $0.key < $1.key }) {
                childKeys.append(edge.key)
                childNodes.append(edge.node)
            }
        }
        childStart.append(Int32(childKeys.count))
        self.rootChildren = rootChildren
        self.childStart = childStart
        self.childKeys = childKeys
        self.childNodes = childNodes
        self.termAtNode = termAtNode
        self.nextTerm = nextTerm
        self.termEntries = termEntries
        self.termWordStart = termWordStart
        self.termWords = termWords
    }

    /// The node reached from `node` through `key`, or `nil`.
    @inline(__always)
    func child(of node: Int, key: Int) -> Int? {
        if node == 0 {
            let child = rootChildren[key]
            return child >= 0 ? Int(child) : nil
        }
        var low = Int(childStart[node]), high = Int(childStart[node + 1])
        let key = Int32(key)
        while low < high {
            let middle = (low + high) >> 1
            let found = childKeys[middle]
            if found == key { return Int(childNodes[middle]) }
            if found < key { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The first term (by index) that ends at `node`, or -1; the next ones through `nextTerm(after:)`.
    @inline(__always)
    func firstTerm(at node: Int) -> Int { Int(termAtNode[node]) }

    /// The term loaded after `term` that ends at the same node, or -1.
    @inline(__always)
    func nextTerm(after term: Int) -> Int { Int(nextTerm[term]) }
}
