// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "AdvocacyKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AdvocacyKit", targets: ["AdvocacyKit"]),
        .executable(name: "advocacy", targets: ["advocacy"]),
        .executable(name: "advocacy-example", targets: ["AdvocacyExample"]),
        .library(name: "AdvocacyTesting", targets: ["AdvocacyTesting"]),
        .library(name: "AdvocacyReport", targets: ["AdvocacyReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // `swift package generate-documentation` / `preview-documentation`: a command plugin,
        // built only when one of those commands runs, never by `swift build` or `swift test`.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // SHA-256 block compression with the x86 SHA extensions, for `SHA256.hex(of:)`.
        .target(name: "CSHA256"),
        // Sixteen bytes at a time (SSE2, NEON) for the scans of long text, for `ByteScan`.
        .target(name: "CByteScan"),
        .target(
            name: "AdvocacyKit",
            dependencies: ["CLibXML2", "CSHA256", "CByteScan"],
            resources: [.copy("Resources/Schemas"), .copy("Resources/Gazetteer"), .copy("Resources/Lexicon")]
        ),
        // `advocacy report`: the report model, the network layout and the HTML renderer, apart
        // from the core so that the core library does not depend on the template engine.
        .target(
            name: "AdvocacyReport",
            dependencies: ["AdvocacyKit", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Resources/Report")]
        ),
        .executableTarget(
            name: "advocacy",
            dependencies: [
                "AdvocacyKit",
                "AdvocacyReport",
                "CLinuxFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // syncfs(2), which the Swift Glibc module leaves out (not named CSystem: swift-system has one).
        .systemLibrary(name: "CLinuxFiles"),
        .target(
            name: "AdvocacyTesting",
            dependencies: ["AdvocacyKit"]
        ),
        .executableTarget(
            name: "AdvocacyExample",
            dependencies: ["AdvocacyKit"],
            path: "Examples/advocacy-example"
        ),
        .testTarget(
            name: "AdvocacyKitTests",
            dependencies: [
                "AdvocacyKit", "AdvocacyReport", "AdvocacyTesting",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["advocacy", "AdvocacyExample"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
