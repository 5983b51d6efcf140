public import AWSEvents
public import Constructs

/// Backups of a serverless cache: daily snapshots, their retention, a final snapshot on deletion,
/// and snapshots to restore when the cache is created.
public struct BackupSettings {
  /// When the daily snapshot is taken (UTC), as a cron schedule with hour and minute only.
  public var backupTime: Events.Schedule?
  /// How many days snapshots are kept (1–35).
  public var backupRetentionLimit: Int?
  /// The name of the snapshot taken before the cache is deleted (checked unless it is a token).
  public var backupNameBeforeDeletion: StringValue?
  /// ARNs of snapshots whose data the new cache starts with.
  public var backupArnsToRestore: [StringValue]?

  /// Backup settings; leave a setting `nil` to keep the service's default.
  public init(
    backupTime: Events.Schedule? = nil,
    backupRetentionLimit: Int? = nil,
    backupNameBeforeDeletion: StringValue? = nil,
    backupArnsToRestore: [StringValue]? = nil
  ) {
    self.backupTime = backupTime
    self.backupRetentionLimit = backupRetentionLimit
    self.backupNameBeforeDeletion = backupNameBeforeDeletion
    self.backupArnsToRestore = backupArnsToRestore
  }
}
