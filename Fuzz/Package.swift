// swift-tools-version:6.0
// libFuzzer fuzz targets for AdvocacyKit, in their own package so that the library's build
// stays untouched. Each executable target defines `LLVMFuzzerTestOneInput`; libFuzzer supplies
// `main`, so every target must be built with the fuzzer flags:
//
//     cd Fuzz && swift build -c release --scratch-path ../.build-fuzz \
//         --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address
//
// `--sanitize fuzzer` stops SwiftPM from linking executables with `--defsym main=<Target>_main`
// (which fails, as libFuzzer brings `main`); `-Xswiftc -sanitize=fuzzer,address` is still needed
// because the driver keeps only the last `-sanitize=` it is given, which would drop the coverage
// instrumentation of the library. The sources are not named main.swift, so SwiftPM compiles them
// with `-parse-as-library`.
//
// Run them with `Fuzz/run.sh TARGET SECONDS` or `Fuzz/run.sh all SECONDS`.
import PackageDescription

/// Where the AdvocacyKit package is: the parent directory, unless `ADVOCACYKIT_PATH` names it.
/// SwiftPM names a path dependency after its last path component, so a checkout in a directory
/// called `fuzz` would clash with this package (`Fuzz`); run.sh then points this at a symbolic
/// link with another name.
let advocacyKitPath = Context.environment["ADVOCACYKIT_PATH"] ?? ".."

/// The fuzz targets, one executable each (sources in `Sources/<name>/`).
let fuzzTargets = ["FuzzPlainText", "FuzzHTML", "FuzzMarkdown", "FuzzConverter", "FuzzAKNImport", "FuzzJSON"]

let package = Package(
    name: "AdvocacyKitFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "AdvocacyKit", path: advocacyKitPath)
    ],
    targets: fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: [.product(name: "AdvocacyKit", package: "AdvocacyKit")]
        )
    },
    swiftLanguageModes: [.v6]
)
