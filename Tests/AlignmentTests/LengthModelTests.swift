import Foundation
import Testing
@testable import Alignment

@Suite struct LengthModelTests {
    /// The cost of a target `deviations` standard deviations longer than a 100-character source
    /// under a model with ratio 1 and variance 1.
    static func cost(deviations: Double) -> Double {
        let model = LengthModel(ratio: 1, variance: 1)
        // delta = (t − s) / sqrt(mean): solve for t with s = 100.
        var target = 100.0
        for _ in 0..<50 { target = 100 + deviations * ((100 + target) / 2).squareRoot() }
        return model.cost(sourceLength: 100, targetLength: target)
    }

    @Test func costGrowsWithTheDifference() {
        let costs = stride(from: 0.0, through: 20, by: 0.37).map { Self.cost(deviations: $0) }
        #expect(zip(costs, costs.dropFirst()).allSatisfy { $0 < $1 })
        #expect(Self.cost(deviations: 0) < 1e-3)
    }

    @Test func aLooseTranslationKeepsALengthDifferenceAffordable() {
        // A pure normal would charge about 12 more nats from 4 to 6 deviations, 30 from 6 to 9; the
        // heavy tail charges no more than its own, 3 times wider, normal: 1.2 and 2.8.
        #expect(Self.cost(deviations: 6) - Self.cost(deviations: 4) < 2)
        #expect(Self.cost(deviations: 9) - Self.cost(deviations: 6) < 3.5)
        #expect(Self.cost(deviations: 6) < -log(LengthModel.looseShare * erfc(6 / (LengthModel.looseSpread * 2.0.squareRoot()))) + 1e-3)
    }

    @Test func theTableAgreesWithTheFormulaBetweenItsSteps() {
        for deviations in [0.1, 0.5, 1.003, 2.71, 4.4444, 7.9, 13.37, 40.5, 63.99, 70, 120] {
            let direct = -log(max((1 - LengthModel.looseShare) * erfc(deviations / 2.0.squareRoot())
                + LengthModel.looseShare * erfc(deviations / (LengthModel.looseSpread * 2.0.squareRoot())), 1e-300))
            #expect(abs(Self.cost(deviations: deviations) - direct) < 1e-4)
        }
    }
}
