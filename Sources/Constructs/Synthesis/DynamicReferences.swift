import CloudFormationModel
import Diagnostics

/// Checks the dynamic references in a template (`{{resolve:secretsmanager:<secret-id>:SecretString:...}}`,
/// `{{resolve:ssm-secure:<name>}}`, `{{resolve:ssm:<name>}}`): CloudFormation fails the deployment of one that
/// names no secret or parameter, such as `SecretValue.secretsManager("")` renders.
enum DynamicReferences {
  /// The services a dynamic reference can read from.
  static let services: Set<String> = ["secretsmanager", "ssm", "ssm-secure"]

  /// A problem for each malformed dynamic reference in `text`.
  static func problems(in text: String) -> [Problem] {
    references(in: text).compactMap(problem(with:))
  }

  /// The text between `{{resolve:` and `}}` of each whole reference in `text`. A reference that a token
  /// interrupts (a part of an `Fn::Join`) is not checked: its secret or parameter is known at deployment.
  private static func references(in text: String) -> [Substring] {
    var found: [Substring] = []
    var rest = Substring(text)
    while let start = rest.firstRange(of: "{{resolve:"), let end = rest[start.upperBound...].firstRange(of: "}}") {
      found.append(rest[start.upperBound..<end.lowerBound])
      rest = rest[end.upperBound...]
    }
    return found
  }

  private static func problem(with reference: Substring) -> Problem? {
    let parts = reference.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    let shown = "{{resolve:\(reference)}}"
    guard let service = parts.first, services.contains(service) else {
      return Problem(
        .invalidDynamicReference,
        "The dynamic reference '\(shown)' reads from '\(parts.first ?? "")', which CloudFormation does not know.",
        fix: "Use SecretValue.secretsManager(...) or SecretValue.ssmSecure(...), which write the reference for you.")
    }
    let key = parts.count > 1 ? parts[1] : ""
    // The ARN of a secret holds colons of its own; what matters is that the reference names something.
    guard key.isEmpty else { return nil }
    return Problem(
      .invalidDynamicReference,
      "The dynamic reference '\(shown)' names no \(service == "secretsmanager" ? "secret" : "parameter"): "
        + "\(service == "secretsmanager" ? "secretId" : "parameterName") cannot be empty.",
      fix: service == "secretsmanager"
        ? "Pass SecretValue.secretsManager the name or ARN of the secret."
        : "Pass SecretValue.ssmSecure the name of the parameter.")
  }
}
