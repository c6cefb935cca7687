# Reconstruction for tests (see ../../README.md): the module's five outputs.
output "valkey_endpoint" {
  value = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "valkey_port" {
  value = aws_elasticache_replication_group.this.port
}

output "valkey_reader_endpoint" {
  value = aws_elasticache_replication_group.this.reader_endpoint_address
}

output "replication_group_id" {
  value = aws_elasticache_replication_group.this.id
}

output "security_group_id" {
  value = aws_security_group.this.id
}
