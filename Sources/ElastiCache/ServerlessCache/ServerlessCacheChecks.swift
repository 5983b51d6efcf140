import AWSEvents
import Constructs

/// The AWS CDK's checks of a serverless cache's settings, with its messages; values that are tokens
/// are not checked.
enum ServerlessCacheChecks {
  struct Finding {
    let code: String
    let message: String
  }

  static func findings(engine: CacheEngine, settings: ServerlessCache.Settings, userGroup: (any UserGroupProtocol)?)
    -> [Finding]
  {
    description(settings.description) + usageLimits(settings.usageLimits) + backup(settings.backup)
      + userGroupCompatibility(engine: engine, userGroup: userGroup)
  }

  private static func description(_ description: StringValue?) -> [Finding] {
    guard let description = description?.literal, !description.isEmpty else { return [] }
    var found: [Finding] = []
    let length = description.utf16.count
    if length > 255 {
      found.append(
        Finding(
          code: "DescriptionTooLong", message: "Description must not exceed 255 characters, currently has \(length)"))
    }
    if description.contains("<") || description.contains(">") {
      found.append(
        Finding(code: "InvalidDescriptionCharacters", message: "Description must not contain < or > characters"))
    }
    return found
  }

  private static func usageLimits(_ limits: CacheUsageLimits?) -> [Finding] {
    guard let limits else { return [] }
    var found: [Finding] = []
    func gibibytes(_ size: Size?, code: String, bound: String) -> Double? {
      guard let size else { return nil }
      do {
        let value = try size.toGibibytes()
        if value < 1 || value > 5000 {
          found.append(Finding(code: code, message: "Data storage \(bound) must be between 1 and 5000 GB."))
        }
        return value
      } catch {
        found.append(Finding(code: "InvalidDataStorageUnit", message: error.message))
        return nil
      }
    }
    let minimum = gibibytes(limits.dataStorageMinimumSize, code: "InvalidDataStorageMinimum", bound: "minimum")
    let maximum = gibibytes(limits.dataStorageMaximumSize, code: "InvalidDataStorageMaximum", bound: "maximum")
    if let minimum, let maximum, minimum > maximum {
      found.append(
        Finding(code: "InvalidDataStorageRange", message: "Data storage minimum cannot be greater than maximum"))
    }
    let rates = [
      (limits.requestRateLimitMinimum, "InvalidRequestRateMinimum", "minimum"),
      (limits.requestRateLimitMaximum, "InvalidRequestRateMaximum", "maximum"),
    ]
    for (rate, code, bound) in rates {
      if let rate, rate < 1000 || rate > 15_000_000 {
        found.append(
          Finding(
            code: code, message: "Request rate \(bound) must be between 1,000 and 15,000,000 ECPUs per second"))
      }
    }
    if let minimum = limits.requestRateLimitMinimum, let maximum = limits.requestRateLimitMaximum, minimum > maximum {
      found.append(
        Finding(code: "InvalidRequestRateRange", message: "Request rate minimum cannot be greater than maximum"))
    }
    return found
  }

  private static func backup(_ backup: BackupSettings?) -> [Finding] {
    guard let backup else { return [] }
    var found: [Finding] = []
    if let limit = backup.backupRetentionLimit, limit < 1 || limit > 35 {
      found.append(
        Finding(code: "InvalidBackupRetentionLimit", message: "Backup retention limit must be between 1 and 35 days"))
    }
    if let name = backup.backupNameBeforeDeletion?.literal {
      found += finalSnapshotName(name)
    }
    // An invalid schedule (both a day and a week day) reports its own error; the AWS CDK stops there too.
    if let schedule = backup.backupTime, schedule.validationError == nil, BackupTime.dailyTime(of: schedule) == nil {
      found.append(
        Finding(
          code: "UnsupportedBackupSchedule",
          message:
            "For now, only daily backup time is available (supports just hour and minute). Day, month, year, and weekDay are not allowed"
        ))
    }
    return found
  }

  /// The CDK checks the final snapshot name in this order and stops at the first problem.
  private static func finalSnapshotName(_ name: String) -> [Finding] {
    let scalars = Array(name.unicodeScalars)
    let isLetter = { (scalar: Unicode.Scalar) in ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    if scalars.first.map(isLetter) != true {
      return [Finding(code: "InvalidBackupNameStart", message: "Final backup name must begin with a letter")]
    }
    if !scalars.allSatisfy({ isLetter($0) || ("0"..."9").contains($0) || $0 == "-" }) {
      return [
        Finding(
          code: "InvalidBackupNameCharacters",
          message: "Final backup name must contain only ASCII letters, digits, and hyphens")
      ]
    }
    if name.hasSuffix("-") {
      return [Finding(code: "InvalidBackupNameEnd", message: "Final backup name must not end with a hyphen")]
    }
    if name.contains("--") {
      return [
        Finding(
          code: "InvalidBackupNameConsecutiveHyphens",
          message: "Final backup name must not contain two consecutive hyphens")
      ]
    }
    return []
  }

  private static func userGroupCompatibility(engine: CacheEngine, userGroup: (any UserGroupProtocol)?) -> [Finding] {
    guard let userGroup else { return [] }
    if !engine.supportsUserGroups {
      return [
        Finding(
          code: "MemcachedUserGroupNotSupported",
          message:
            "User groups cannot be used with Memcached engines. Only Redis and Valkey engines support user groups.")
      ]
    }
    if engine.engineType == "redis", userGroup.engine?.engineType != UserEngine.redis.engineType {
      return [Finding(code: "RedisUserGroupMismatch", message: "Redis cache can only use Redis user groups.")]
    }
    return []
  }
}
