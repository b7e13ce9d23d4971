// swift-tools-version:6.1
// Benchmarks for AdvocacyKit, in their own package so that the library's build stays lean.
// Run: cd Benchmarks && swift package benchmark (all), or add --filter "Convert.*" for some.
import PackageDescription

let package = Package(
    name: "AdvocacyKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "AdvocacyKit", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // libxml2's xmlTextWriter, for the lower bound of the Akoma Ntoso export.
        .systemLibrary(name: "CXMLWriter", path: "Benchmarks/CXMLWriter", pkgConfig: "libxml-2.0"),
        .executableTarget(
            name: "ConversionBenchmarks",
            dependencies: [
                .product(name: "AdvocacyKit", package: "AdvocacyKit"),
                .product(name: "Benchmark", package: "benchmark"),
                "CXMLWriter",
            ],
            path: "Benchmarks/ConversionBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
