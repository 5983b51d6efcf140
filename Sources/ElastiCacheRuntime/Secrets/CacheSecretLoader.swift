/// Something that fetches the service's cache secret: the JSON payload that
/// ``CacheConnectionConfiguration/init(secretPayload:)-(String)`` parses.
///
/// Implementations: ``SecretsManagerSecretLoader`` (Secrets Manager API),
/// ``LambdaExtensionSecretLoader`` (the AWS Parameters and Secrets Lambda Extension),
/// ``FileSecretLoader`` and ``EnvironmentSecretLoader`` (local runs).
public protocol CacheSecretLoader: Sendable {
  /// Fetches the secret's payload.
  func loadSecret() async throws -> String
}

extension CacheConnectionConfiguration {
  /// Loads the secret with `loader` and parses it with ``init(secretPayload:)-(String)``.
  ///
  /// - Throws: the loader's error (``CacheSecretLoaderError`` for the loaders of this module), or
  ///   ``CacheConfigurationError`` if the payload is invalid.
  public static func load(from loader: some CacheSecretLoader) async throws -> CacheConnectionConfiguration {
    try CacheConnectionConfiguration(secretPayload: await loader.loadSecret())
  }
}
