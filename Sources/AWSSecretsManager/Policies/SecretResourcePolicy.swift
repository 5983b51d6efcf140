import AWSIAM
import Constructs

extension SecretsManager {
  /// The resource policy of a secret created in the app (`AWS::SecretsManager::ResourcePolicy`), created with
  /// its first statement, as a child `Policy` of the secret.
  final class SecretResourcePolicy: Construct {
    /// The policy's statements.
    let document = IAM.PolicyDocument()

    init(_ secret: SecretsManager.Secret, _ id: String) {
      super.init(secret, id)
      _ = DeferredResource(
        self, "Resource", type: "AWS::SecretsManager::ResourcePolicy",
        properties: { [unowned self] in
          [
            "ResourcePolicy": self.document.toJSON(in: Stack.of(self)) ?? [:],
            "SecretId": .string(secret.secretArn),
          ]
        })
      node.addValidation { [unowned self] report in
        for problem in self.document.validateForResourcePolicy() { report.error(problem.code, problem.message) }
      }
    }
  }
}
