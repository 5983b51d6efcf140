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
      let resource = CfnResourcePolicy(self, "Resource", resourcePolicy: [:], secretID: secret.secretArn)
      resource.updateBeforeRendering { [unowned self, unowned resource] in
        resource.resourcePolicy = self.document.toJSON(in: Stack.of(self)) ?? [:]
      }
      node.addValidation { [unowned self] report in
        for problem in self.document.validateForResourcePolicy() { report.error(problem.code, problem.message) }
      }
    }
  }
}
