public import Foundation

/// Reads the secret payload from an environment variable, for local runs and tests.
public struct EnvironmentSecretLoader: CacheSecretLoader {
  /// The variable that holds the JSON payload.
  public var variable: String
  /// The variables to read from.
  public var environment: [String: String]

  /// Creates a loader for `variable`.
  ///
  /// - Parameters:
  ///   - variable: The variable that holds the JSON payload; `REDIS_SECRET` by default.
  ///   - environment: The variables to read; the process environment by default.
  public init(variable: String = "REDIS_SECRET", environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.variable = variable
    self.environment = environment
  }

  /// Returns the variable's value.
  ///
  /// - Throws: ``CacheSecretLoaderError`` with code ``CacheSecretLoaderError/Code/missingSetting``
  ///   if it is unset or empty.
  public func loadSecret() async throws(CacheSecretLoaderError) -> String {
    try CacheSecretLoaderError.requiredVariable(variable, in: environment, hint: "the Redis secret's JSON payload")
  }
}
