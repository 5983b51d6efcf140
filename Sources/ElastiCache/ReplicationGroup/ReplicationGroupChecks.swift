import Constructs

/// What ElastiCache's `CreateReplicationGroup` rejects, found before deployment, beyond the checks node-based
/// caches share; values that are tokens are not checked.
enum ReplicationGroupChecks {
  /// Shards and replicas, and the failover settings they allow.
  static func topology(_ settings: ReplicationGroup.Configuration) -> [Problem] {
    var problems: [Problem] = []
    if !(1...500).contains(settings.shards) {
      problems.append(
        Problem(
          .invalidShardCount, "The replication group has \(settings.shards) shards; ElastiCache allows 1 to 500.",
          fix: "Give 1 shard for cluster mode disabled, or 2 to 500 for cluster mode enabled."))
    }
    if !(0...5).contains(settings.replicasPerShard) {
      problems.append(
        Problem(
          .invalidReplicaCount,
          "Each shard has \(settings.replicasPerShard) replicas; ElastiCache allows 0 to 5 per shard.",
          fix: "Give 0 to 5 replicas per shard; add shards to scale further."))
    }
    let validCounts = (1...500).contains(settings.shards) && (0...5).contains(settings.replicasPerShard)
    // Multiplied only once both counts are in range, so that no count, however large, overflows.
    if validCounts, case let nodes = settings.shards * (1 + settings.replicasPerShard), nodes > 500 {
      problems.append(
        Problem(
          .tooManyNodes, "The replication group has \(nodes) nodes; ElastiCache allows at most 500.",
          fix: "Use fewer shards or fewer replicas per shard."))
    }
    if settings.clusterMode == .disabled, settings.shards > 1 {
      problems.append(
        Problem(
          .invalidClusterMode, "Cluster mode is disabled, but the replication group has \(settings.shards) shards.",
          fix: "Give one shard for cluster mode disabled, or enable cluster mode."))
    }
    let hasReplica = settings.replicasPerShard > 0
    if settings.multiAZ, !hasReplica {
      problems.append(
        Problem(
          .multiAZWithoutReplica, "Multi-AZ is enabled, but the replication group has no replicas to fail over to.",
          fix: "Give replicasPerShard: 1 or more, or multiAZ: false."))
    }
    if settings.multiAZ, !settings.automaticFailover {
      problems.append(
        Problem(
          .multiAZWithoutAutomaticFailover, "Multi-AZ is enabled, but automatic failover is disabled.",
          fix: "Enable automatic failover (automaticFailover: true), or disable Multi-AZ."))
    }
    if settings.clusterModeEnabled, !settings.automaticFailover {
      problems.append(
        Problem(
          .clusterModeRequiresAutomaticFailover,
          "Automatic failover is disabled, but cluster-mode-enabled replication groups need it.",
          fix: "Leave automaticFailover at its default (true)."))
    } else if !settings.clusterModeEnabled, settings.automaticFailover, !hasReplica {
      problems.append(
        Problem(
          .automaticFailoverWithoutReplica,
          "Automatic failover is enabled, but the replication group has no replicas to fail over to.",
          fix: "Give replicasPerShard: 1 or more, or automaticFailover: false."))
    }
    if let zones = settings.preferredAvailabilityZones {
      if settings.clusterModeEnabled {
        problems.append(
          Problem(
            .invalidPreferredAvailabilityZones,
            "Preferred availability zones apply to cluster-mode-disabled replication groups only.",
            fix: "Leave preferredAvailabilityZones out; ElastiCache spreads the shards' nodes over the subnets' zones.")
        )
      } else if zones.count != settings.replicasPerShard &+ 1 {
        problems.append(
          Problem(
            .invalidPreferredAvailabilityZones,
            "\(zones.count) preferred availability zones are given for \(settings.replicasPerShard &+ 1) nodes.",
            fix: "Give one zone per node: the primary's first, then each replica's."))
      }
    }
    return problems
  }

  /// Encryption and authentication: the KMS key, the AUTH token and the user group.
  static func security(_ settings: ReplicationGroup.Configuration, engine: EngineChoice) -> [Problem] {
    var problems: [Problem] = []
    if settings.kmsKey != nil, !settings.atRestEncryption {
      problems.append(
        Problem(
          .kmsKeyWithoutAtRestEncryption, "A KMS key is given, but encryption at rest is disabled.",
          fix: "Enable encryption at rest (atRestEncryption: true), or leave the key out."))
    }
    if settings.transitEncryptionMode != nil, !settings.transitEncryption {
      problems.append(
        Problem(
          .transitEncryptionModeWithoutTransitEncryption,
          "A transit encryption mode is given, but encryption in transit is disabled.",
          fix: "Enable encryption in transit (transitEncryption: true), or leave the mode out."))
    } else if settings.transitEncryptionMode != nil, engine.precedes(["redis": "7.0"]) {
      problems.append(
        Problem(
          .transitEncryptionNotSupported,
          "The transit encryption mode needs Valkey or Redis OSS 7.0 and later; the group runs \(engine.versionDescription).",
          fix: "Choose Redis OSS 7.0 or later, or leave the mode out."))
    }
    if let token = settings.authToken {
      if settings.userGroup != nil {
        problems.append(
          Problem(
            .authTokenWithUserGroup, "Both an AUTH token and a user group are given.",
            fix: "Authenticate clients with the AUTH token or with the users of the user group (RBAC), not both."))
      }
      if !settings.transitEncryption {
        problems.append(
          Problem(
            .authTokenWithoutTransitEncryption,
            "An AUTH token is given, but encryption in transit is disabled, so the token would cross the network in clear text.",
            fix: "Enable encryption in transit (transitEncryption: true)."))
      }
      problems += authToken(token)
    }
    if let userGroup = settings.userGroup {
      if !settings.transitEncryption {
        problems.append(
          Problem(
            .userGroupWithoutTransitEncryption, "A user group is given, but encryption in transit is disabled.",
            fix: "Enable encryption in transit (transitEncryption: true); ElastiCache needs it for RBAC."))
      }
      if engine.engine.engineType == "redis", let groupEngine = userGroup.engine, groupEngine.engineType != "redis" {
        problems.append(
          Problem(
            .userGroupEngineMismatch,
            "The Redis OSS replication group is given a user group of the engine '\(groupEngine)'.",
            fix: "Give a user group of the redis engine (UserGroup(..., engine: .redis, ...))."))
      }
      if engine.precedes(["redis": "6.0"]) {
        problems.append(
          Problem(
            .userGroupNeedsNewerEngine,
            "User groups need Valkey or Redis OSS 6.0 and later; the group runs \(engine.versionDescription).",
            fix: "Choose Redis OSS 6.0 or later, or authenticate with an AUTH token."))
      }
    }
    return problems
  }

  /// IAM users need Valkey 7.2 or Redis OSS 7.0 and later; checked at synthesis, once the group's users
  /// are all added.
  static func iamUsers(in userGroup: (any UserGroupProtocol)?, engine: EngineChoice) -> [Problem] {
    guard let users = userGroup?.users, users.contains(where: { $0 is IAMUser }),
      engine.precedes(["redis": "7.0", "valkey": "7.2"])
    else { return [] }
    return [
      Problem(
        .iamUsersNeedNewerEngine,
        "The user group has IAM users, which need Valkey 7.2 or Redis OSS 7.0 and later; the group runs \(engine.versionDescription).",
        fix: "Choose Valkey 7.2 or Redis OSS 7.0 and later, or users that authenticate with passwords.")
    ]
  }

  /// A literal AUTH token: 16–128 printable ASCII characters, none of `@` `"` `/`; the message never repeats
  /// the token. Plain text is a warning in any case.
  static func authToken(_ token: SecretValue) -> [Problem] {
    guard token.isPlainText else { return [] }
    var problems = [
      Problem(
        .plainTextAuthToken,
        "The AUTH token is given with SecretValue.unsafePlainText, so it is readable in the template and the cloud assembly.",
        fix:
          "Keep it in Secrets Manager and pass SecretValue.secretsManager(\"<secret-id>\"), or SecretValue.ssmSecure(\"<parameter>\")."
      )
    ]
    guard let text = token.unsafeUnwrap().literal else { return problems }
    let scalars = Array(text.unicodeScalars)
    var violations: [String] = []
    if !(16...128).contains(scalars.count) {
      violations.append("must have 16 to 128 characters (it has \(scalars.count))")
    }
    if !scalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) {
      violations.append("must contain only printable ASCII characters, without spaces")
    }
    if scalars.contains(where: { "@\"/".unicodeScalars.contains($0) }) {
      violations.append("must not contain any of @ \" /")
    }
    if !violations.isEmpty {
      problems.append(
        Problem(
          .invalidAuthToken, "The AUTH token \(Identifier.sentence(violations)).",
          fix: "Choose 16 to 128 printable ASCII characters other than @ \" / and spaces."))
    }
    let permitted = "!&#$^<>-".unicodeScalars
    let others = scalars.filter {
      (0x21...0x7E).contains($0.value) && !"@\"/".unicodeScalars.contains($0) && !Identifier.isNameCharacter($0)
        && !permitted.contains($0)
    }
    if !others.isEmpty {
      problems.append(
        Problem(
          .authTokenSpecialCharacters,
          "The AUTH token contains special characters other than ! & # $ ^ < > -, the ones CreateReplicationGroup documents as permitted.",
          fix: "Use letters, digits and ! & # $ ^ < > - only."))
    }
    return problems
  }

  /// Data tiering: r6gd nodes need it, other nodes do not have it, and Redis OSS needs 6.2 and later.
  static func dataTiering(_ enabled: Bool, nodeType: CacheNodeType, engine: EngineChoice) -> [Problem] {
    if enabled, !nodeType.supportsDataTiering {
      return [
        Problem(
          .dataTieringNotSupported, "Data tiering is enabled, but the node type '\(nodeType)' has no local SSDs.",
          fix: "Choose an r6gd node type, such as .r6gdXLarge, or leave data tiering out.")
      ]
    }
    if !enabled, nodeType.supportsDataTiering {
      return [
        Problem(
          .dataTieringRequired, "Data tiering is disabled, but r6gd nodes such as '\(nodeType)' need it.",
          fix: "Leave dataTiering at its default (enabled on r6gd nodes), or choose another node type.")
      ]
    }
    if enabled, engine.precedes(["redis": "6.2"]) {
      return [
        Problem(
          .dataTieringNotSupported,
          "Data tiering needs Valkey or Redis OSS 6.2 and later; the group runs \(engine.versionDescription).",
          fix: "Choose Redis OSS 6.2 or later.")
      ]
    }
    return []
  }
}
