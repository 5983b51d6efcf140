/// Amazon EC2 networking: VPCs, subnets, security groups and connections.
public enum EC2 {}
