import CloudFormationModel

/// The resources of one template set that the rules look at, with their properties resolved and their
/// references followed: caches, users, user groups and their members, security groups and their ingress
/// rules, alarms.
final class Inventory {
  /// The type of the membership custom resource of this toolkit's platform layer, which adds a user to a
  /// user group declared elsewhere (`UserGroupId`, `UserId`).
  static let membershipType = "Custom::ElastiCacheUserGroupMembership"

  let resolver: ScopeResolver
  let templates: [ParsedTemplate]
  /// The resources that may exist: those whose condition is not known to be false.
  let resources: [ResourceRecord]
  private let recordsByKey: [ResourceKey: ResourceRecord]
  private var resolvedProperties: [ResourceKey: Resolved] = [:]

  init(_ set: TemplateSet) {
    templates = set.templates.enumerated().map { ParsedTemplate(index: $0.offset, source: $0.element) }
    resolver = ScopeResolver(templates: templates)
    let resolver = self.resolver
    resources = templates.flatMap(\.resources).filter { record in
      guard let condition = record.condition else { return true }
      return resolver.condition(condition, in: record.key.template) != false
    }
    recordsByKey = Dictionary(resources.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The resource with this key, if it may exist.
  func record(_ key: ResourceKey) -> ResourceRecord? { recordsByKey[key] }

  /// The resource's properties, resolved.
  func properties(of record: ResourceRecord) -> Resolved {
    if let cached = resolvedProperties[record.key] { return cached }
    let resolved = resolver.resolve(record.properties, in: record.key.template)
    resolvedProperties[record.key] = resolved
    return resolved
  }

  /// The resources of a type.
  func resources(ofType type: String) -> [ResourceRecord] { resources.filter { $0.type == type } }

  // MARK: - Caches, users, groups

  /// Every replication group, cache cluster and serverless cache.
  private(set) lazy var caches: [CacheResource] = resources.compactMap { record in
    CacheResource.Kind(rawValue: record.type).map {
      CacheResource(record: record, kind: $0, properties: properties(of: record))
    }
  }

  /// Every user.
  private(set) lazy var users: [CacheUserResource] = resources(ofType: "AWS::ElastiCache::User").map {
    CacheUserResource(record: $0, properties: properties(of: $0))
  }

  /// Every user group, with its members.
  private(set) lazy var userGroups: [UserGroupResource] = makeUserGroups()

  private func makeUserGroups() -> [UserGroupResource] {
    var groups = resources(ofType: "AWS::ElastiCache::UserGroup").map { record in
      let properties = properties(of: record)
      let members = Self.union(properties["UserIds"]).map(member)
      return UserGroupResource(record: record, properties: properties, members: members)
    }
    for membership in resources(ofType: Self.membershipType) {
      let properties = properties(of: membership)
      for groupValue in Self.union(properties["UserGroupId"]) {
        guard let index = groupIndex(groupValue, in: groups) else { continue }
        groups[index].members += Self.union(properties["UserId"]).map(member)
      }
    }
    return groups
  }

  /// The user a `UserIds` element names: a reference to a user, or a user id.
  private func member(_ value: Resolved) -> GroupMember {
    if let key = value.referencedResource, let index = users.firstIndex(where: { $0.record.key == key }) {
      return .user(users[index])
    }
    guard let id = value.literalText else { return .unknown }
    if let user = users.first(where: { $0.userID?.lowercased() == id.lowercased() }) { return .user(user) }
    return id.lowercased() == "default" ? .builtInDefault : .unknown
  }

  private func groupIndex(_ value: Resolved, in groups: [UserGroupResource]) -> Int? {
    if let key = value.referencedResource { return groups.firstIndex { $0.record.key == key } }
    guard let id = value.literalText?.lowercased() else { return nil }
    return groups.firstIndex { $0.groupID?.lowercased() == id }
  }

  /// The user groups a cache uses (`UserGroupIds`, `UserGroupId`) that the set declares.
  func userGroups(of cache: CacheResource) -> [UserGroupResource] {
    let property = cache.kind == .serverlessCache ? "UserGroupId" : "UserGroupIds"
    var found: [UserGroupResource] = []
    for value in Self.union(cache.properties[property]) {
      if let index = groupIndex(value, in: userGroups),
        !found.contains(where: { $0.record.key == userGroups[index].record.key })
      {
        found.append(userGroups[index])
      }
    }
    return found
  }

  /// Every value a property may hold, with its lists flattened: the elements of every possible list, or the
  /// possible values themselves.
  static func union(_ value: Resolved) -> [Resolved] {
    value.possibilities.flatMap { possibility -> [Resolved] in
      guard let elements = possibility.value.elements else {
        return possibility.value.isMissing ? [] : [possibility.value]
      }
      return elements.flatMap { element in element.possibilities.map(\.value).filter { !$0.isMissing } }
    }
  }

  // MARK: - Security groups

  /// The security groups attached to a cache.
  func securityGroups(of cache: CacheResource) -> [SecurityGroupIdentity] {
    let property = cache.kind == .cacheCluster ? "VpcSecurityGroupIds" : "SecurityGroupIds"
    var found: [SecurityGroupIdentity] = []
    for value in Self.union(cache.properties[property]) {
      if let identity = securityGroup(value), !found.contains(identity) { found.append(identity) }
    }
    return found
  }

  /// The security group a `GroupId`-like value names: a security group of the set, or an id from outside it.
  func securityGroup(_ value: Resolved) -> SecurityGroupIdentity? {
    if let key = value.referencedResource, record(key)?.type == "AWS::EC2::SecurityGroup" { return .resource(key) }
    guard let id = value.literalText, !id.isEmpty else { return nil }
    return .external(id.lowercased())
  }

  /// Every ingress rule: inline in security groups and as `AWS::EC2::SecurityGroupIngress` resources.
  private(set) lazy var ingressRules: [IngressRule] = makeIngressRules()

  private func makeIngressRules() -> [IngressRule] {
    var rules: [IngressRule] = []
    for group in resources(ofType: "AWS::EC2::SecurityGroup") {
      for possibility in properties(of: group)["SecurityGroupIngress"].possibilities {
        for element in possibility.value.elements ?? [] {
          for rule in element.possibilities where !rule.value.isMissing {
            rules.append(
              IngressRule(
                holder: group, target: .resource(group.key), rule: rule.value,
                circumstances: possibility.circumstances + rule.circumstances))
          }
        }
      }
    }
    for ingress in resources(ofType: "AWS::EC2::SecurityGroupIngress") {
      let properties = properties(of: ingress)
      for target in properties["GroupId"].possibilities {
        guard let identity = securityGroup(target.value) else { continue }
        rules.append(
          IngressRule(holder: ingress, target: identity, rule: properties, circumstances: target.circumstances))
      }
    }
    return rules
  }
}

/// A replication group, cache cluster or serverless cache.
struct CacheResource {
  /// The kind of cache, by resource type.
  enum Kind: String {
    case replicationGroup = "AWS::ElastiCache::ReplicationGroup"
    case cacheCluster = "AWS::ElastiCache::CacheCluster"
    case serverlessCache = "AWS::ElastiCache::ServerlessCache"
  }

  /// The engine family, as far as it is known.
  enum EngineFamily {
    /// Valkey or Redis OSS.
    case keyValue
    case memcached
    case unknown
  }

  let record: ResourceRecord
  let kind: Kind
  let properties: Resolved

  /// The engine: Valkey and Redis OSS are checked alike; a replication group without `Engine` is Redis OSS.
  var engineFamily: EngineFamily {
    let engine = properties["Engine"]
    if engine.isMissing { return kind == .replicationGroup ? .keyValue : .unknown }
    let families = Set(
      engine.possibilities.map { possibility -> EngineFamily in
        switch possibility.value.literalText?.lowercased() {
        case "redis"?, "valkey"?: .keyValue
        case "memcached"?: .memcached
        default: .unknown
        }
      })
    return families.count == 1 ? families.first ?? .unknown : .unknown
  }

  /// The engine's name when it is known (`valkey`, `redis`, `memcached`).
  var engineName: String? {
    let engine = properties["Engine"]
    if engine.isMissing { return kind == .replicationGroup ? "redis" : nil }
    return engine.literalText?.lowercased()
  }

  /// A cache cluster that is a node of a replication group: the group's settings apply to it.
  var isReplicationGroupMember: Bool { kind == .cacheCluster && !properties["ReplicationGroupId"].isMissing }

  /// The cache's name, when known: `ReplicationGroupId`, `ClusterName` or `ServerlessCacheName`.
  var name: String? {
    switch kind {
    case .replicationGroup: properties["ReplicationGroupId"].literalText
    case .cacheCluster: properties["ClusterName"].literalText
    case .serverlessCache: properties["ServerlessCacheName"].literalText
    }
  }

  /// How findings name the cache: its name, or its logical id.
  var displayName: String { name.map { "'\($0)'" } ?? record.logicalID }

  /// The kind, in words.
  var kindName: String {
    switch kind {
    case .replicationGroup: "replication group"
    case .cacheCluster: "cache cluster"
    case .serverlessCache: "serverless cache"
    }
  }
}

/// An ElastiCache user.
struct CacheUserResource {
  /// How a user authenticates.
  enum Authentication: Hashable {
    case password
    case noPassword
    case iam
  }

  let record: ResourceRecord
  let properties: Resolved

  /// `UserId`, when known.
  var userID: String? { properties["UserId"].literalText }
  /// `UserName`, when known.
  var userName: String? { properties["UserName"].literalText }
  /// How findings name the user.
  var displayName: String { userID.map { "'\($0)'" } ?? record.logicalID }

  /// The ways the user may authenticate: `AuthenticationMode.Type`, or the older `NoPasswordRequired` and
  /// `Passwords`; empty when unknown.
  var authentications: Set<Authentication> {
    let mode = properties["AuthenticationMode"]["Type"]
    if !mode.isMissing {
      return Set(
        mode.possibilities.compactMap { possibility in
          switch possibility.value.literalText?.lowercased() {
          case "password"?: .password
          case "no-password-required"?: .noPassword
          case "iam"?: .iam
          default: nil
          }
        })
    }
    if properties["NoPasswordRequired"].possibilities.contains(where: { $0.value.booleanValue == true }) {
      return [.noPassword]
    }
    return properties["Passwords"].isMissing ? [] : [.password]
  }

  /// The access strings the user may have, each with its circumstances (unknown strings left out).
  var accessStrings: [(text: String, whenClause: String)] {
    properties["AccessString"].possibilities.compactMap { possibility in
      possibility.value.literalText.map { ($0, possibility.whenClause) }
    }
  }

  /// The engine of the user (`valkey` or `redis`).
  var engineName: String { properties["Engine"].literalText?.lowercased() ?? "redis" }
}

/// A member of a user group.
enum GroupMember {
  /// A user the set declares.
  case user(CacheUserResource)
  /// AWS's built-in user `default`: on, every key and command, no password.
  case builtInDefault
  /// A user declared outside the checked templates, or a value known only at deployment.
  case unknown

  /// The user, when the set declares it.
  var user: CacheUserResource? {
    if case .user(let user) = self { return user }
    return nil
  }
}

/// A user group and its members: its `UserIds` and the users added by membership resources.
struct UserGroupResource {
  let record: ResourceRecord
  let properties: Resolved
  var members: [GroupMember]

  /// `UserGroupId`, when known.
  var groupID: String? { properties["UserGroupId"].literalText }
  /// How findings name the group.
  var displayName: String { groupID.map { "'\($0)'" } ?? record.logicalID }

  /// The member users the set declares, each once.
  var users: [CacheUserResource] {
    var seen = Set<ResourceKey>()
    return members.compactMap(\.user).filter { seen.insert($0.record.key).inserted }
  }
}

/// A security group: one of the set, or one from outside it known by its id.
enum SecurityGroupIdentity: Hashable {
  case resource(ResourceKey)
  case external(String)
}

/// One ingress rule of a security group.
struct IngressRule {
  /// The resource that declares the rule: the security group, or an `AWS::EC2::SecurityGroupIngress`.
  let holder: ResourceRecord
  /// The security group the rule opens.
  let target: SecurityGroupIdentity
  /// The rule's properties (`IpProtocol`, `FromPort`, `ToPort`, `CidrIp`, `CidrIpv6`...).
  let rule: Resolved
  /// When the rule applies.
  let circumstances: [String]
}
