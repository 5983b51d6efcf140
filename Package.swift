// swift-tools-version: 6.2
import PackageDescription

/// Settings shared by every target of ours: Swift 6 mode, stricter upcoming features, warnings as errors.
let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .treatAllWarnings(as: .error),
]

let package = Package(
  name: "elasticache-cdk",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "ElastiCacheCDK", targets: ["ElastiCacheCDK"]),
    .library(name: "ElastiCacheTesting", targets: ["ElastiCacheTesting"]),
    .library(name: "ElastiCacheRuntime", targets: ["ElastiCacheRuntime"]),
    .executable(name: "elasticache-example", targets: ["elasticache-example"]),
  ],
  dependencies: [
    // Command-line handling of `App.main()` (synth, validate, doctor).
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // MD5 for logical ids and generated names, SHA-256 for asset hashes and SigV4.
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    // YAML rendering of templates for people.
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // The runtime's connections (health check, Secrets Manager over HTTPS).
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
  ],
  targets: [
    // Pure value types: the ordered template value tree, its JSON writer and reader.
    .target(name: "CloudFormationModel", swiftSettings: strictSettings),
    // App, Stack, Construct, tokens, logical ids, validation, synthesis, cloud assembly.
    .target(
      name: "Constructs",
      dependencies: [
        "CloudFormationModel",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strictSettings
    ),
    // Template assertions for users' tests and ours.
    .target(name: "ElastiCacheTesting", dependencies: ["Constructs"], swiftSettings: strictSettings),
    // Connection configuration, secret loading, health check and IAM tokens for services.
    .target(
      name: "ElastiCacheRuntime",
      dependencies: [
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOTLS", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strictSettings
    ),
    // The one import for users, and `App.main()` command-line handling.
    .target(
      name: "ElastiCacheCDK",
      dependencies: [
        "Constructs",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "elasticache-example",
      dependencies: ["ElastiCacheCDK"],
      path: "Examples/elasticache-example",
      swiftSettings: strictSettings
    ),
    .testTarget(name: "CloudFormationModelTests", dependencies: ["CloudFormationModel"], swiftSettings: strictSettings),
    .testTarget(
      name: "ConstructsTests",
      dependencies: ["Constructs", "ElastiCacheTesting"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "ElastiCacheRuntimeTests",
      dependencies: [
        "ElastiCacheRuntime",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ],
      exclude: ["Fixtures"],
      swiftSettings: strictSettings
    ),
  ]
)
