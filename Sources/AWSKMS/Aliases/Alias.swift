public import AWSIAM
public import Constructs

extension KMS {
  /// An alias for a key (`AWS::KMS::Alias`); grants and policy statements go to the key.
  public final class Alias: Construct, KMS.KeyProtocol {
    /// The alias name, starting with `alias/`.
    public let aliasName: StringValue
    /// The key the alias points to.
    public let aliasTargetKey: any KMS.KeyProtocol
    private lazy var resource = CfnAlias(self, "Resource", aliasName: aliasName, targetKeyID: aliasTargetKey.keyArn)

    /// An alias named `aliasName` (`alias/` is prepended unless present) for `targetKey`.
    /// A name that is empty, starts with `alias/aws/` or has characters other than `a-zA-Z0-9:/_-`
    /// is recorded as an error on `scope`, as the AWS CDK reports it.
    public init(
      _ scope: Construct,
      _ id: String,
      aliasName: String,
      targetKey: any KMS.KeyProtocol,
      removalPolicy: RemovalPolicy? = nil
    ) {
      let name = aliasName.hasPrefix(Self.requiredPrefix) ? aliasName : Self.requiredPrefix + aliasName
      if name == Self.requiredPrefix {
        scope.node.addError("AliasIncludeValueAfter", "Alias must include a value after \"alias/\": \(name)")
      } else if name.lowercased().hasPrefix("alias/aws/") {
        scope.node.addError("AliasCannotStart", "Alias cannot start with alias/aws/: \(name)")
      } else if !Self.isValidName(name) {
        scope.node.addError("AliasNameCharacters", "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-")
      }
      self.aliasName = StringValue(name)
      aliasTargetKey = targetKey
      super.init(scope, id)
      // The alias checks its name itself, with the AWS CDK's messages.
      resource.leaveChecks(of: "AliasName")
      if let removalPolicy { resource.applyRemovalPolicy(removalPolicy) }
    }

    /// The alias ARN: `arn:<partition>:kms:<region>:<account>:alias/<name>`.
    public var aliasArn: StringValue {
      Stack.of(self).formatArn(ArnComponents(service: "kms", resource: aliasName))
    }

    /// The alias ARN, which KMS accepts wherever a key ARN is expected.
    public var keyArn: StringValue { aliasArn }

    /// The alias name, which KMS accepts wherever a key id is expected.
    public var keyID: StringValue { aliasName }

    /// Adds the statement to the target key's policy.
    public func addToResourcePolicy(_ statement: IAM.PolicyStatement) -> IAM.AddToResourcePolicyResult {
      aliasTargetKey.addToResourcePolicy(statement)
    }

    /// Adds another alias to the target key.
    @discardableResult
    public func addAlias(_ aliasName: String) -> KMS.Alias { aliasTargetKey.addAlias(aliasName) }

    /// Grants `grantee` the `actions` on the target key.
    @discardableResult
    public func grant(_ grantee: any IAM.Grantable, actions: [String]) -> IAM.Grant {
      aliasTargetKey.grant(grantee, actions: actions)
    }

    private static let requiredPrefix = "alias/"

    /// Adds an alias as a child of `key` and to `aliases`, with the AWS CDK's id: `Alias` for the
    /// first, `Alias<name>` for later ones (with `/` written `--`, as construct ids cannot hold it).
    static func add<Key: Construct & KMS.KeyProtocol>(
      _ aliasName: String,
      to key: Key,
      after aliases: inout [KMS.Alias]
    ) -> KMS.Alias {
      let id = aliases.isEmpty ? "Alias" : "Alias" + aliasName.map { $0 == "/" ? "--" : String($0) }.joined()
      let alias = KMS.Alias(key, id, aliasName: aliasName, targetKey: key)
      aliases.append(alias)
      return alias
    }

    /// `^[a-zA-Z0-9:/_-]{1,256}$`.
    private static func isValidName(_ name: String) -> Bool {
      (1...256).contains(name.unicodeScalars.count)
        && name.unicodeScalars.allSatisfy {
          ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
            || ":/_-".unicodeScalars.contains($0)
        }
    }
  }
}
