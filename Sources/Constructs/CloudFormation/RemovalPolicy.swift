/// What happens to a resource when it leaves the stack or is replaced.
public enum RemovalPolicy: Sendable {
  /// Delete the resource (`DeletionPolicy` and `UpdateReplacePolicy` `Delete`).
  case destroy
  /// Keep the resource in the account, orphaned (`Retain`).
  case retain
  /// Keep a snapshot of the data, then delete (`Snapshot`).
  case snapshot
  /// Keep the resource, unless its creation fails (`DeletionPolicy` `RetainExceptOnCreate`).
  case retainOnUpdateOrDelete

  var deletionPolicy: String {
    switch self {
    case .destroy: "Delete"
    case .retain: "Retain"
    case .snapshot: "Snapshot"
    case .retainOnUpdateOrDelete: "RetainExceptOnCreate"
    }
  }

  var updateReplacePolicy: String {
    switch self {
    case .destroy: "Delete"
    case .retain, .retainOnUpdateOrDelete: "Retain"
    case .snapshot: "Snapshot"
    }
  }
}
