/// The channels a new user may use before any channel rule: the server's `acl-pubsub-default`.
public enum PubSubDefault: String, Sendable {
  /// Every channel, as ElastiCache serverless runs (`acl-pubsub-default allchannels`).
  case allChannels = "allchannels"
  /// No channel, the default of Valkey and Redis OSS since 7.0.
  case resetChannels = "resetchannels"
}
