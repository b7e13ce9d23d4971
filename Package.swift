// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "AdvocacyKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AdvocacyKit", targets: ["AdvocacyKit"]),
        .executable(name: "advocacy", targets: ["advocacy"]),
        .executable(name: "advocacy-example", targets: ["AdvocacyExample"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "AdvocacyKit",
            dependencies: ["CLibXML2"],
            resources: [.copy("Resources/Schemas"), .copy("Resources/Gazetteer")]
        ),
        .executableTarget(
            name: "advocacy",
            dependencies: [
                "AdvocacyKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "AdvocacyExample",
            dependencies: ["AdvocacyKit"],
            path: "Examples/advocacy-example"
        ),
        .testTarget(
            name: "AdvocacyKitTests",
            dependencies: ["AdvocacyKit"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["advocacy", "AdvocacyExample"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
