// swift-tools-version: 6.1
import PackageDescription

/// One package, eight modules, dependencies pointing one way (see ARCHITECTURE.md):
/// leads → TerminalUI → LeadBrowser → TiledeskLeads, leads → LeadsSandbox → TiledeskLeads, and
/// ScreenText (text width and sanitising) under both LeadBrowser and TerminalUI, and
/// leads → LeadDuplicates → CPhoneNumber (duplicate keys, grouping, merge plans).
let package = Package(
    name: "leads",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "leads", targets: ["leads"]),
        .library(name: "TiledeskLeads", targets: ["TiledeskLeads"]),
        .library(name: "LeadBrowser", targets: ["LeadBrowser"]),
        .library(name: "ScreenText", targets: ["ScreenText"]),
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "TiledeskLeads",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .target(
            name: "LeadsSandbox",
            dependencies: [
                "TiledeskLeads",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "ScreenText"),
        // Google's libphonenumber (Debian libphonenumber-dev) behind a C header, for E.164 phones.
        // Loaded with dlopen on the first phone read, so it is not linked (see leads_phone.cpp).
        .target(name: "CPhoneNumber"),
        .target(name: "LeadDuplicates", dependencies: ["TiledeskLeads", "CPhoneNumber"]),
        .target(
            name: "LeadBrowser",
            // Yams (over libyaml) reads the lead documents people write in `$EDITOR`; a parser of
            // text held in memory, so LeadBrowser stays free of I/O.
            // LeadDuplicates (pure values: keys, groups, merge plans) for the Duplicates view and merges.
            dependencies: ["TiledeskLeads", "ScreenText", "LeadDuplicates", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "TerminalUI",
            dependencies: ["CNcursesw", "ScreenText", "LeadBrowser", "TiledeskLeads", "LeadDuplicates"]
        ),
        .executableTarget(
            name: "leads",
            dependencies: [
                "TiledeskLeads", "LeadsSandbox", "ScreenText", "LeadBrowser", "TerminalUI", "LeadDuplicates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            linkerSettings: [
                // With the Swift runtime linked in (`--static-swift-stdlib`), the toolchain exports
                // every symbol (~48,000) from the executable; each start then pays for the dynamic
                // loader's lookups and for the runtime's `dladdr` over all of them (~0.4 ms of a
                // `leads list`, Benchmarks B1). Nothing loads a library that links back into leads.
                .unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release))
            ]
        ),
        // Benchmarks B3a/B3b (`Benchmarks/run`): one scroll step through `NcursesCanvas` into a
        // pseudo-terminal. Not a product and no test depends on it; built with the release.
        .executableTarget(
            name: "KeystrokeCost",
            dependencies: ["LeadBrowser", "TerminalUI", "TiledeskLeads"],
            path: "Benchmarks/KeystrokeCost/Sources/KeystrokeCost"
        ),
        // Test helpers shared by test targets (a scripted HTTP server); not shipped in the product.
        .target(
            name: "LeadsTestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Tests/LeadsTestSupport"
        ),
        .testTarget(
            name: "TiledeskLeadsTests",
            dependencies: [
                "TiledeskLeads", "LeadsSandbox", "LeadsTestSupport", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "LeadsSandboxTests",
            dependencies: [
                "LeadsSandbox", "TiledeskLeads", "LeadsTestSupport", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "ScreenTextTests", dependencies: ["ScreenText"]),
        .testTarget(name: "LeadBrowserTests", dependencies: ["LeadBrowser", "ScreenText", "TiledeskLeads", "LeadDuplicates"]),
        .testTarget(
            name: "TerminalUITests", dependencies: ["TerminalUI", "ScreenText", "LeadBrowser", "TiledeskLeads", "LeadDuplicates", "LeadsTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "leadsTests",
            dependencies: [
                "leads", "LeadsSandbox", "TiledeskLeads", "ScreenText", "LeadBrowser", "TerminalUI", "LeadDuplicates", "LeadsTestSupport",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .testTarget(name: "LeadDuplicatesTests", dependencies: ["LeadDuplicates", "TiledeskLeads", "LeadsSandbox"]),
        .testTarget(name: "EndToEndTests", dependencies: ["leads", "LeadsSandbox", "TiledeskLeads", "LeadsTestSupport"]),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
