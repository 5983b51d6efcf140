import CacheAccessControl

/// What a user may do under each access string it may have: evaluated once per user for the rules on access.
struct UserPermissions {
  /// One access string the user may have, evaluated.
  struct Variant {
    let text: String
    let whenClause: String
    let permissions: AccessPermissions
  }

  let user: CacheUserResource
  let table: CommandTable
  /// The variants in which the user can authenticate (`on`).
  let enabledVariants: [Variant]

  init(_ user: CacheUserResource) {
    self.user = user
    table = CommandTable.forEngine(user.engineName)
    enabledVariants = user.accessStrings.compactMap { access in
      let permissions = AccessString(access.text).permissions()
      return permissions.isEnabled
        ? Variant(text: access.text, whenClause: access.whenClause, permissions: permissions) : nil
    }
  }

  /// For each user, its first enabled access string that `matches`, when it has one.
  static func firstVariants(
    of users: [CacheUserResource], where matches: (UserPermissions, Variant) -> Bool
  ) -> [(user: UserPermissions, variant: Variant)] {
    users.compactMap { user in
      let permissions = UserPermissions(user)
      return permissions.enabledVariants.first { matches(permissions, $0) }.map { (permissions, $0) }
    }
  }

  /// Whether the user may run every command of the engine.
  func allowsEveryCommand(_ permissions: AccessPermissions) -> Bool {
    permissions.commandRules.last?.target == .all && permissions.commandRules.last?.allows == true
      || table.callableCommands.allSatisfy { permissions.allows($0, in: table) }
  }

  /// Whether the user may run a command of `category`.
  func allowsCommand(in category: String, _ permissions: AccessPermissions) -> Bool {
    table.commands(in: category).contains { permissions.allows($0, in: table) }
  }

  /// Whether the user may run any command at all.
  func allowsAnyCommand(_ permissions: AccessPermissions) -> Bool {
    permissions.commandRules.contains { $0.allows }
      && table.callableCommands.contains { permissions.allows($0, in: table) }
  }

  /// Whether the user writes no key in any enabled variant: no writable pattern, or no write command.
  var isReadOnly: Bool {
    enabledVariants.allSatisfy { variant in
      variant.permissions.writableKeys.isEmpty || !allowsCommand(in: "write", variant.permissions)
    }
  }

  /// Every key pattern the user may reach, with whether it may write the keys.
  var keyPatterns: [(pattern: GlobPattern, writes: Bool)] {
    let readOnly = isReadOnly
    var seen = Set<String>()
    var patterns: [(pattern: GlobPattern, writes: Bool)] = []
    for variant in enabledVariants {
      for key in variant.permissions.keys {
        let writes = key.access.allowsWrite && !readOnly
        if seen.insert("\(writes) \(key.pattern.text)").inserted { patterns.append((key.pattern, writes)) }
      }
    }
    return patterns
  }
}
