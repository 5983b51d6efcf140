import Constructs

/// Checks of user ids, access strings and passwords that ElastiCache would only reject at deployment.
enum UserChecks {
  /// User ids: 1–40 characters, a letter first, then letters, digits and hyphens, no trailing or
  /// double hyphen; `default` is the built-in user's id.
  static func checkUserId(_ userId: StringValue, on node: Node) {
    guard let id = userId.literal else { return }
    let scalars = Array(id.unicodeScalars)
    let isLetter = { (scalar: Unicode.Scalar) in ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    let isAllowed = { (scalar: Unicode.Scalar) in isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == "-" }
    var problems: [String] = []
    if scalars.isEmpty || scalars.count > 40 {
      problems.append("must have 1 to 40 characters (it has \(scalars.count))")
    }
    if let first = scalars.first, !isLetter(first) { problems.append("must begin with a letter") }
    if !scalars.allSatisfy(isAllowed) { problems.append("may contain only ASCII letters, digits and hyphens") }
    if scalars.last == "-" { problems.append("must not end with a hyphen") }
    if id.contains("--") { problems.append("must not contain two consecutive hyphens") }
    if !problems.isEmpty {
      node.addError(
        "InvalidUserId",
        "User id '\(id)' \(sentence(problems)). ElastiCache rejects it at deployment; choose an id such as 'orders-api'."
      )
    }
    if id == "default" {
      node.addWarning(
        "ReservedUserId",
        "User id 'default' belongs to the user ElastiCache creates for each engine, so creating another user with it fails "
          + "at deployment. Import the built-in user with NoPasswordUser.fromUserAttributes(scope, id, userId: \"default\"), "
          + "or give the new user another id and the user name 'default'."
      )
    }
  }

  /// Access strings must not be empty.
  static func checkAccessString(_ accessString: String, on node: Node) {
    guard accessString.allSatisfy(\.isWhitespace) else { return }
    node.addError(
      "EmptyAccessString",
      "The access string is empty. Give the user its permissions, e.g. AccessControl.fromAccessString(\"on ~app:* +@read\"), "
        + "or \"off -@all\" for a user that may do nothing."
    )
  }

  /// Literal passwords: 16–128 characters, none of `,` `"` `/` `@`, no white space, and two passwords must differ.
  /// SSM SecureString references are an error (CloudFormation does not resolve them here); plain-text passwords
  /// are a warning: they end up readable in the template.
  static func checkPasswords(_ passwords: [SecretValue], on node: Node) {
    var literals: [String] = []
    for (index, password) in passwords.enumerated() where password.isPlainText {
      guard let text = password.unsafeUnwrap().literal else { continue }
      literals.append(text)
      var problems: [String] = []
      if text.count < 16 || text.count > 128 {
        problems.append("must have 16 to 128 characters (it has \(text.count))")
      }
      if text.contains(where: { ",\"/@".contains($0) }) { problems.append("must not contain any of , \" / @") }
      if text.contains(where: \.isWhitespace) { problems.append("must not contain white space") }
      if !problems.isEmpty {
        // The message never repeats the password: it is a secret, even in plain text.
        let subject = passwords.count > 1 ? "Password \(index + 1)" : "The password"
        node.addError(
          "InvalidPassword",
          "\(subject) \(sentence(problems)). ElastiCache rejects it at deployment; choose 16 to 128 characters "
            + "other than , \" / @ and white space."
        )
      }
    }
    if literals.count == 2, literals[0] == literals[1] {
      node.addError("DuplicatePassword", "The two passwords are the same. Give two different passwords, or one.")
    }
    // CloudFormation resolves `ssm-secure` references only in the properties it lists, and the passwords of
    // `AWS::ElastiCache::User` are not among them (cfn-lint E1027): the deployment would fail.
    if passwords.contains(where: { $0.unsafeUnwrap().literal?.hasPrefix("{{resolve:ssm-secure:") == true }) {
      node.addError(
        "UnsupportedSecureStringPassword",
        "A password is an SSM SecureString (SecretValue.ssmSecure), which CloudFormation does not resolve in the "
          + "passwords of an ElastiCache user, so the deployment fails. Keep the password in Secrets Manager and pass "
          + "SecretValue.secretsManager(\"<secret-id>\")."
      )
    }
    if passwords.contains(where: \.isPlainText) {
      node.addWarning(
        "PlainTextPassword",
        "A password is given with SecretValue.unsafePlainText, so it is readable in the template and the cloud assembly. "
          + "Keep it in Secrets Manager and pass SecretValue.secretsManager(\"<secret-id>\"), or generate it with a "
          + "SecretsManager.Secret and pass secret.secretValueFromJSON(\"password\")."
      )
    }
  }

  /// `a`, `a and b`, `a, b and c`.
  private static func sentence(_ parts: [String]) -> String {
    guard let last = parts.last, parts.count > 1 else { return parts.first ?? "" }
    return parts.dropLast().joined(separator: ", ") + " and " + last
  }
}
