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
    .executable(name: "elasticache-check", targets: ["elasticache-check"]),
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
    // Problems, their codes and catalogs: what every module reports and the command line prints.
    .target(name: "Diagnostics", swiftSettings: strictSettings),
    // The shape of a service's cache secret and its environment variables: shared by the platform that
    // generates the secret, the local runner that writes it and the runtime that reads it.
    .target(name: "CacheSecretContract", swiftSettings: strictSettings),
    // ElastiCache access strings as the engine applies them: rules, glob patterns compared as key sets,
    // command tables read from real engines. Shared by validation, rules, the diff and the local runner.
    .target(name: "CacheAccessControl", swiftSettings: strictSettings),
    // Pure value types: the ordered template value tree, its JSON writer and reader.
    .target(
      name: "CloudFormationModel",
      swiftSettings: strictSettings,
      linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
    ),
    // App, Stack, Construct, tokens, logical ids, validation, synthesis, cloud assembly.
    .target(
      name: "Constructs",
      dependencies: [
        "CloudFormationModel",
        "Diagnostics",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strictSettings
    ),
    // Pre-deploy rules over any CloudFormation template or cloud assembly (EC1–EC18), with their reports.
    // Independent of the construct modules, so that the standalone tool checks templates of any origin.
    .target(
      name: "CacheRules",
      dependencies: [
        "CloudFormationModel", "Diagnostics", "CacheAccessControl", .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: strictSettings
    ),
    // Template assertions for users' tests and ours.
    .target(name: "ElastiCacheTesting", dependencies: ["Constructs"], swiftSettings: strictSettings),
    // The slice of the AWS construct library that the ElastiCache constructs and the platform use,
    // one module per service, each a namespace (`IAM.Role`, `EC2.VPC`...).
    .target(name: "AWSIAM", dependencies: ["Constructs"], swiftSettings: strictSettings),
    .target(name: "AWSKMS", dependencies: ["AWSIAM"], swiftSettings: strictSettings),
    .target(name: "AWSEC2", dependencies: ["Constructs"], swiftSettings: strictSettings),
    .target(name: "AWSCloudWatch", dependencies: ["Constructs"], swiftSettings: strictSettings),
    .target(name: "AWSEvents", dependencies: ["Constructs"], swiftSettings: strictSettings),
    .target(name: "AWSLogs", dependencies: ["Constructs"], swiftSettings: strictSettings),
    .target(name: "AWSS3", dependencies: ["AWSIAM"], swiftSettings: strictSettings),
    .target(name: "AWSSSM", dependencies: ["AWSIAM"], swiftSettings: strictSettings),
    .target(name: "AWSSecretsManager", dependencies: ["AWSIAM", "AWSKMS"], swiftSettings: strictSettings),
    .target(name: "AWSLambda", dependencies: ["AWSIAM", "AWSEC2", "AWSS3"], swiftSettings: strictSettings),
    // The ElastiCache L1 resources (generated) and the constructs of the RFC.
    .target(
      name: "ElastiCache",
      dependencies: ["AWSIAM", "AWSKMS", "AWSEC2", "AWSCloudWatch", "AWSEvents", "AWSLogs"],
      swiftSettings: strictSettings
    ),
    // One shared cache, many services: the platform constructs.
    .target(
      name: "CachePlatform",
      dependencies: ["ElastiCache", "AWSLambda", "AWSSecretsManager", "AWSSSM"],
      exclude: ["Membership/membership_handler.py"],
      swiftSettings: strictSettings
    ),
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
        "Constructs", "AWSIAM", "AWSKMS", "AWSEC2", "AWSCloudWatch", "AWSEvents", "AWSLogs", "AWSS3", "AWSSSM",
        "AWSSecretsManager", "AWSLambda", "ElastiCache", "CachePlatform", "CacheRules",
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
    // `elasticache-check [--format text|json|sarif] [--rules FILE] PATH...`: the rules for any template.
    .executableTarget(
      name: "elasticache-check",
      dependencies: ["CacheRules", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Tools/elasticache-check",
      swiftSettings: strictSettings
    ),
    // Generates the typed L1 resources of every module from the CloudFormation resource schemas.
    .executableTarget(
      name: "generate-l1",
      dependencies: ["CloudFormationModel"],
      path: "Tools/generate-l1",
      exclude: ["Schemas", "Overlays", "emitted-types.txt"],
      swiftSettings: strictSettings
    ),
    // Synthesis speed on large apps (`scripts/benchmark.sh` compares it with the AWS CDK).
    .executableTarget(
      name: "synthesis-benchmark",
      dependencies: ["ElastiCacheCDK"],
      path: "Benchmarks/synthesis-benchmark",
      swiftSettings: strictSettings
    ),
    .testTarget(name: "CacheAccessControlTests", dependencies: ["CacheAccessControl"], swiftSettings: strictSettings),
    .testTarget(
      name: "CacheRulesTests",
      dependencies: ["CacheRules", "Diagnostics", "CloudFormationModel", "ElastiCacheCDK", "elasticache-check"],
      exclude: ["Templates"],
      swiftSettings: strictSettings
    ),
    .testTarget(name: "CloudFormationModelTests", dependencies: ["CloudFormationModel"], swiftSettings: strictSettings),
    .testTarget(
      name: "ConstructsTests",
      dependencies: ["Constructs", "ElastiCacheTesting"],
      exclude: ["Schema/Fixtures"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AWSConstructsTests",
      dependencies: ["ElastiCacheCDK", "ElastiCacheTesting"],
      swiftSettings: strictSettings
    ),
    // The same programs as the committed Python CDK programs must give the same templates.
    .testTarget(
      name: "ConformanceTests",
      dependencies: ["ElastiCacheCDK", "ElastiCacheTesting"],
      exclude: ["Goldens"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "ElastiCacheTests",
      dependencies: ["ElastiCacheCDK", "ElastiCacheTesting"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "CachePlatformTests",
      dependencies: [
        "ElastiCacheCDK", "ElastiCacheTesting", "ElastiCacheRuntime", "CacheTestSupport", "CacheAccessControl",
      ],
      exclude: ["Membership/test_membership_handler.py", "Membership/elasticache_simulator.py"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "ElastiCacheCDKTests",
      dependencies: ["ElastiCacheCDK"],
      swiftSettings: strictSettings
    ),
    // Real servers and certificates for the tests that need them (redis-server, openssl).
    .target(
      name: "CacheTestSupport",
      dependencies: [
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
      ],
      path: "Tests/CacheTestSupport",
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "ElastiCacheRuntimeTests",
      dependencies: [
        "CacheTestSupport",
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
