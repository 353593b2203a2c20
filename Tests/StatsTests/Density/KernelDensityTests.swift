import Foundation
import Testing
@testable import Stats

private struct KDEFixture: Decodable {
    struct Case: Decodable {
        let sample: String; let x: [String]; let rule: String; let bandwidth: String
        let t: [String]; let density: [String]; let r_density_x: [String]; let r_density_y: [String]
    }
    let cases: [Case]
}

@Suite struct KernelDensityTests {
    @Test func bandwidthsAndExactEstimateMatchR() throws {
        // scripts/reference/kernel_density.R: bw.nrd0, bw.nrd and mean(dnorm(t, x, h)) in R 4.2.2.
        let f = try Fixtures.load("kernel_density", as: KDEFixture.self)
        #expect(f.cases.count == 8)
        for c in f.cases {
            let x = Fixtures.doubles(c.x)
            let rule: KernelBandwidth = c.rule == "nrd0" ? .nrd0 : c.rule == "nrd" ? .nrd : .fixed(0.1)
            let kde = try KernelDensity(x, bandwidth: rule)
            let h = Fixtures.double(c.bandwidth)
            #expect(abs(kde.bandwidth - h) <= 1e-14 * h, "\(c.sample) \(c.rule) h = \(kde.bandwidth) vs \(h)")
            for (t, d) in zip(Fixtures.doubles(c.t), Fixtures.doubles(c.density)) {
                let v = kde.density(at: t)
                #expect(abs(v - d) <= 1e-12 * max(d, 1e-300) + 1e-300, "\(c.sample) \(c.rule) f(\(t)) = \(v) vs \(d)")
            }
            // R's density() bins the data linearly onto 512 points and convolves by FFT: a sanity check
            // only, to 2 % of the peak (the binning error grows when h is a few grid steps: h = 0.1 on a
            // range of 20 differs by 1.4 %); the exact sums above are the reference.
            let rx = Fixtures.doubles(c.r_density_x), ry = Fixtures.doubles(c.r_density_y)
            let peak = ry.max() ?? 1
            let g = kde.grid()
            #expect(g.x.count == 512)
            #expect(abs((g.x.first ?? 0) - (rx.first ?? 1)) <= 1e-12 * max(1, abs(rx.first ?? 1)))
            #expect(abs((g.x.last ?? 0) - (rx.last ?? 1)) <= 1e-12 * max(1, abs(rx.last ?? 1)))
            let worst = zip(g.y, ry).map { abs($0 - $1) }.max() ?? .infinity
            #expect(worst <= 2e-2 * peak, "\(c.sample) \(c.rule): max |exact − density()| = \(worst), peak \(peak)")
        }
    }

    @Test func integratesToOne() throws {
        let kde = try KernelDensity([0.1, 0.4, 0.45, 0.9, 1.3])
        let g = kde.grid(count: 2001)
        let dx = g.x[1] - g.x[0]
        let area = g.y.reduce(0, +) * dx
        #expect(abs(area - 1) < 0.01)   // cut = 3 leaves about 0.27 % of each outer kernel outside
    }

    @Test func degenerateSamples() throws {
        // bw.nrd0 falls back to |x1| when sd and IQR are 0, and bw.nrd is 0 (an error).
        #expect(try KernelDensity([3, 3, 3]).bandwidth == 0.9 * 3 * pow(3, -0.2))
        #expect(throws: DensityError.invalidBandwidth(0)) { try KernelDensity(Array(repeating: 1.0, count: 12) + [2, 3, 5], bandwidth: .nrd) }
        #expect(throws: DensityError.tooFewForBandwidth(n: 1)) { try KernelDensity([1], bandwidth: .nrd0) }
        #expect(throws: DensityError.emptySample) { try KernelDensity([]) }
        #expect(throws: DensityError.invalidBandwidth(-1)) { try KernelDensity([1, 2], bandwidth: .fixed(-1)) }
    }
}
