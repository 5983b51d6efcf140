import ElastiCacheCDK
import ElastiCacheTesting
import Testing

/// Checks no peer makes before deployment (`UserChecks`): user id format, literal passwords, empty access
/// strings and plain-text passwords.
@Suite("User checks before deployment")
struct UserChecksTests {
  @Suite("User ids")
  struct UserIDs {
    struct InvalidIDCase: Sendable, CustomTestStringConvertible {
      let userID: String
      let message: String
      var testDescription: String { "'\(userID)'" }
    }

    static let suffix = ". ElastiCache rejects it at deployment; choose an id such as 'orders-api'."

    @Test(
      "An invalid user id is an error that says what is wrong",
      arguments: [
        InvalidIDCase(userID: "1user", message: "User id '1user' must begin with a letter" + suffix),
        InvalidIDCase(userID: "-user", message: "User id '-user' must begin with a letter" + suffix),
        InvalidIDCase(
          userID: "app_user", message: "User id 'app_user' may contain only ASCII letters, digits and hyphens" + suffix),
        InvalidIDCase(
          userID: "äpp-user",
          message: "User id 'äpp-user' must begin with a letter and may contain only ASCII letters, digits and hyphens"
            + suffix),
        InvalidIDCase(userID: "app-user-", message: "User id 'app-user-' must not end with a hyphen" + suffix),
        InvalidIDCase(
          userID: "app--user", message: "User id 'app--user' must not contain two consecutive hyphens" + suffix),
        InvalidIDCase(
          userID: String(repeating: "a", count: 41),
          message: "User id '\(String(repeating: "a", count: 41))' must have 1 to 40 characters (it has 41)" + suffix),
        InvalidIDCase(userID: "", message: "User id '' must have 1 to 40 characters (it has 0)" + suffix),
        InvalidIDCase(
          userID: "9 lives-",
          message:
            "User id '9 lives-' must begin with a letter, may contain only ASCII letters, digits and hyphens and must not end with a hyphen"
            + suffix),
      ])
    func invalidID(_ row: InvalidIDCase) throws {
      let stack = Stack()
      _ = PasswordUser(
        stack, "User", userId: StringValue(row.userID), userName: "app",
        accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.secretsManager("app-password")])
      let error = try #require(expectSynthesisError(stack, row.message, at: "Default/User"))
      #expect(error.errors.map(\.code) == ["InvalidUserId"])
    }

    @Test(
      "Valid user ids pass",
      arguments: ["a", "orders-api", "A1-b2-C3", String(repeating: "x", count: 40)])
    func validID(_ userID: String) throws {
      let stack = Stack()
      _ = IAMUser(stack, "User", userId: StringValue(userID), accessControl: .fromAccessString("on ~* +@all"))
      #expect(try warnings(of: stack, at: "Default/User").isEmpty)
    }

    @Test("The id 'default' is a warning that says how to fix it, not an error (upstream tests create such users)")
    func defaultID() throws {
      let stack = Stack()
      _ = NoPasswordUser(stack, "User", userId: "default", accessControl: .fromAccessString("off -@all"))
      let found = try warnings(of: stack, at: "Default/User")
      #expect(found.map(\.code) == ["ReservedUserId"])
      let message = try #require(found.first?.message)
      #expect(message.contains("fails at deployment"))
      #expect(message.contains("NoPasswordUser.fromUserAttributes(scope, id, userId: \"default\")"))
      #expect(message.contains("give the new user another id and the user name 'default'"))
      _ = try Template(stack)
    }

    @Test("An imported user's id is not checked")
    func importsAreNotChecked() throws {
      let stack = Stack()
      _ = IAMUser.fromUserId(stack, "Imported", "legacy_user")
      _ = NoPasswordUser.fromUserAttributes(stack, "DefaultUser", userId: "default")
      #expect(try synthesizedAssembly(of: stack).warnings.isEmpty)
    }
  }

  @Suite("Passwords")
  struct Passwords {
    static let fix =
      ". ElastiCache rejects it at deployment; choose 16 to 128 characters other than , \" / @ and white space."

    struct InvalidPasswordCase: Sendable, CustomTestStringConvertible {
      let testDescription: String
      let passwords: [String]
      let message: String
    }

    @Test(
      "A literal password that ElastiCache rejects is an error that does not repeat it",
      arguments: [
        InvalidPasswordCase(
          testDescription: "15 characters", passwords: ["fifteen-chars-x"],
          message: "The password must have 16 to 128 characters (it has 15)" + fix),
        InvalidPasswordCase(
          testDescription: "129 characters", passwords: [String(repeating: "p", count: 129)],
          message: "The password must have 16 to 128 characters (it has 129)" + fix),
        InvalidPasswordCase(
          testDescription: "a comma", passwords: ["sixteen,chars-xyz"],
          message: "The password must not contain any of , \" / @" + fix),
        InvalidPasswordCase(
          testDescription: "a double quote", passwords: ["sixteen\"chars-xyz"],
          message: "The password must not contain any of , \" / @" + fix),
        InvalidPasswordCase(
          testDescription: "a slash", passwords: ["sixteen/chars-xyz"],
          message: "The password must not contain any of , \" / @" + fix),
        InvalidPasswordCase(
          testDescription: "an at sign", passwords: ["sixteen@chars-xyz"],
          message: "The password must not contain any of , \" / @" + fix),
        InvalidPasswordCase(
          testDescription: "white space", passwords: ["sixteen chars-xyz"],
          message: "The password must not contain white space" + fix),
        InvalidPasswordCase(
          testDescription: "the second of two, short with a tab", passwords: ["a-valid-password-1", "short\tpw"],
          message: "Password 2 must have 16 to 128 characters (it has 8) and must not contain white space" + fix),
        InvalidPasswordCase(
          testDescription: "two equal passwords", passwords: ["the-same-password", "the-same-password"],
          message: "The two passwords are the same. Give two different passwords, or one."),
      ])
    func invalidPassword(_ row: InvalidPasswordCase) throws {
      let stack = Stack()
      _ = PasswordUser(
        stack, "User", userId: "app-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: row.passwords.map(SecretValue.unsafePlainText))
      let error = try #require(expectSynthesisError(stack, row.message, at: "Default/User"))
      #expect(error.errors.count == 1)
      for password in row.passwords { #expect(!error.description.contains(password)) }
    }

    @Test("Secrets are not checked as if they were the password")
    func secretsAreNotChecked() throws {
      let stack = Stack()
      _ = PasswordUser(
        stack, "User", userId: "app-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [
          .secretsManager("elasticache/user/password"),
          .secretsManager("arn:aws:secretsmanager:us-east-1:123456789012:secret:app/user@prod-AbCdEf"),
        ])
      _ = PasswordUser(
        stack, "SameSecretTwice", userId: "other-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.secretsManager("a"), .secretsManager("b", jsonField: "password")])
      _ = try Template(stack)
      #expect(try synthesizedAssembly(of: stack).warnings.isEmpty)
    }

    @Test("An SSM SecureString password is an error: CloudFormation does not resolve it in ElastiCache users")
    func secureStringPassword() throws {
      let stack = Stack()
      _ = PasswordUser(
        stack, "User", userId: "app-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.ssmSecure("/elasticache/user/password")])
      let error = try #require(
        expectSynthesisError(
          stack,
          "A password is an SSM SecureString (SecretValue.ssmSecure), which CloudFormation does not resolve in the "
            + "passwords of an ElastiCache user, so the deployment fails. Keep the password in Secrets Manager and pass "
            + "SecretValue.secretsManager(\"<secret-id>\").",
          at: "Default/User"))
      #expect(error.errors.map(\.code) == ["UnsupportedSecureStringPassword"])
    }

    @Test("A plain-text password is a warning that says how to fix it; synthesis goes on")
    func plainTextPassword() throws {
      let stack = Stack()
      _ = PasswordUser(
        stack, "User", userId: "app-user", accessControl: .fromAccessString("on ~* +@all"),
        passwords: [.unsafePlainText("a-valid-password-1")])
      let assembly = try synthesizedAssembly(of: stack)
      let found = assembly.warnings.filter { $0.path == "Default/User" }
      #expect(found.map(\.code) == ["PlainTextPassword"])
      let message = try #require(found.first?.message)
      #expect(message.contains("readable in the template"))
      #expect(message.contains("SecretValue.secretsManager(\"<secret-id>\")"))
      #expect(message.contains("secret.secretValueFromJSON(\"password\")"))
      #expect(!message.contains("a-valid-password-1"))
      #expect(assembly.stack("Default") != nil)
    }
  }

  @Suite("Access strings")
  struct AccessStrings {
    @Test("An empty access string is an error that says what to write", arguments: ["", "   "])
    func emptyAccessString(_ accessString: String) throws {
      let stack = Stack()
      _ = IAMUser(stack, "User", userId: "app-user", accessControl: .fromAccessString(accessString))
      let error = try #require(
        expectSynthesisError(
          stack,
          "The access string is empty. Give the user its permissions, e.g. AccessControl.fromAccessString(\"on ~app:* +@read\"), "
            + "or \"off -@all\" for a user that may do nothing.",
          at: "Default/User"))
      #expect(error.errors.map(\.code) == ["EmptyAccessString"])
    }
  }
}
