import TMX

/// Turns XLIFF inline codes into the TMX model's inline elements, within one segment.
///
/// XLIFF 1.2: `g` → `bpt` … `ept` around its content, `x` → `ph`, `bx`/`ex` → `bpt`/`ept`
/// (paired through `rid`), `bpt`/`ept`/`ph`/`it` as they are (native code kept), `mrk` → `hi`.
/// XLIFF 2.0: `pc` → `bpt` … `ept`, `ph` → `ph`, `sc`/`ec` → `bpt`/`ept` (paired through
/// `startRef`), `mrk` → `hi`, `cp` → its character; a code's `dataRef` brings its native code from
/// `originalData`. A begin or end whose partner is not in the segment becomes `it` with its `pos`.
/// The XLIFF `id` is kept as TMX `x` when it is a number, `ctype`/`type` as `type`.
struct XLIFFInlineBuilder {
    /// Native codes of the current 2.0 unit (`originalData`), by `data` id.
    var originalData: [String: String] = [:]
    private var nextPairNumber = 1

    /// A paired code's begin and end, made before the partner is known: `key` pairs them.
    private static let pairKey = "x-padan-pair"

    /// Resolves the pairs of a finished segment: matched `bpt`/`ept` get one `i`, the others become `it`.
    mutating func finish(_ content: [InlineContent]) -> [InlineContent] {
        var begins: [String: Int] = [:], ends: [String: Int] = [:]
        Self.countKeys(content, begins: &begins, ends: &ends)
        var numbers: [String: Int] = [:]
        return resolve(content, begins: begins, ends: ends, numbers: &numbers)
    }

    /// A paired code's begin (`bpt`), to pair with the `end(key:…)` of the same key.
    func begin(key: String, id: String?, type: String?, native: String) -> InlineContent {
        .tag(InlineTag(.bpt, attributes: [TMXAttribute(Self.pairKey, key)] + Self.common(id: id, type: type),
                       content: native.isEmpty ? [] : [.text(native)]))
    }

    /// A paired code's end (`ept`).
    func end(key: String, native: String) -> InlineContent {
        .tag(InlineTag(.ept, attributes: [TMXAttribute(Self.pairKey, key)], content: native.isEmpty ? [] : [.text(native)]))
    }

    /// A key no XLIFF id can collide with, for codes paired by nesting (`g`, `pc`).
    mutating func freshKey() -> String {
        defer { nextPairNumber += 1 }
        return "#nested-\(nextPairNumber)"
    }

    /// A standalone code (`ph`).
    func placeholder(id: String?, type: String?, native: [InlineContent]) -> InlineContent {
        .tag(InlineTag(.ph, attributes: Self.common(id: id, type: type), content: native))
    }

    /// `x` (TMX's) when the XLIFF id is a number, and `type`.
    static func common(id: String?, type: String?) -> [TMXAttribute] {
        var attributes: [TMXAttribute] = []
        if let id, Int(id) != nil { attributes.append(TMXAttribute("x", id)) }
        if let type, !type.isEmpty { attributes.append(TMXAttribute("type", type)) }
        return attributes
    }

    private static func countKeys(_ content: [InlineContent], begins: inout [String: Int], ends: inout [String: Int]) {
        for item in content {
            guard case .tag(let tag) = item else { continue }
            if let key = tag.attributes[named: pairKey] {
                if tag.kind == .bpt { begins[key, default: 0] += 1 } else if tag.kind == .ept { ends[key, default: 0] += 1 }
            }
            countKeys(tag.content, begins: &begins, ends: &ends)
        }
    }

    private mutating func resolve(_ content: [InlineContent], begins: [String: Int], ends: [String: Int],
                                  numbers: inout [String: Int]) -> [InlineContent] {
        content.map { item in
            guard case .tag(var tag) = item else { return item }
            tag.content = resolve(tag.content, begins: begins, ends: ends, numbers: &numbers)
            guard let key = tag.attributes[named: Self.pairKey] else { return .tag(tag) }
            tag.attributes[named: Self.pairKey] = nil
            if begins[key] == 1 && ends[key] == 1 {
                let number = numbers[key] ?? (numbers.count + 1)
                numbers[key] = number
                tag.attributes.insert(TMXAttribute("i", String(number)), at: 0)
            } else {
                tag.attributes.insert(TMXAttribute("pos", tag.kind == .bpt ? "begin" : "end"), at: 0)
                tag.kind = .it
            }
            return .tag(tag)
        }
    }
}
