import ElastiCacheRuntime
import Testing

@Suite("AWS credentials")
struct AWSCredentialsTests {
  @Test("reads the standard environment variables, ignoring an empty session token")
  func fromEnvironment() throws {
    let full = try #require(
      AWSCredentials(environment: [
        "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_SESSION_TOKEN": "token",
      ])
    )
    #expect(full == AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret", sessionToken: "token"))
    let longTerm = try #require(
      AWSCredentials(environment: [
        "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_SESSION_TOKEN": "",
      ])
    )
    #expect(longTerm.sessionToken == nil)
  }

  @Test("is nil without an access key id or secret access key")
  func missing() {
    #expect(AWSCredentials(environment: ["AWS_ACCESS_KEY_ID": "AKID"]) == nil)
    #expect(AWSCredentials(environment: ["AWS_SECRET_ACCESS_KEY": "secret"]) == nil)
    #expect(AWSCredentials(environment: ["AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "secret"]) == nil)
  }

  @Test("never shows the secret access key or the session token")
  func redaction() {
    let credentials = AWSCredentials(accessKeyId: "AKID", secretAccessKey: "very-secret", sessionToken: "session")
    var dumped = ""
    dump(credentials, to: &dumped)
    for text in [credentials.description, String(reflecting: credentials), dumped] {
      #expect(text.contains("AKID"))
      #expect(!text.contains("very-secret"))
      #expect(!text.contains("session\""))
    }
  }
}
