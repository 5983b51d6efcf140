extension EC2 {
  /// Something with security groups (or a network peer) whose traffic can be allowed with ``Connections``:
  /// a security group, a cache, a function, an IP range.
  public protocol Connectable: AnyObject {
    /// The network connections of this object.
    var connections: Connections { get }
  }
}
