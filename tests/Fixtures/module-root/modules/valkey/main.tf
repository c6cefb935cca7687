# Reconstruction for tests (see ../../README.md): the module's three resources.
locals {
  name = "${var.prefix}-${var.environment}-valkey"
}

resource "aws_elasticache_subnet_group" "this" {
  name        = "${local.name}-subnet-group"
  description = "Subnet group for Valkey"
  subnet_ids  = var.private_subnet_ids
  tags        = merge(var.tags, { Name = "${local.name}-subnet-group" })
}

resource "aws_security_group" "this" {
  name        = "${local.name}-sg"
  description = "Security group for Valkey ElastiCache"
  vpc_id      = var.vpc_id

  ingress {
    from_port       = var.port
    to_port         = var.port
    protocol        = "tcp"
    security_groups = [var.ecs_security_group_id]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = merge(var.tags, { Name = "${local.name}-sg" })
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = local.name
  description                = "Valkey cluster for ${var.project_name}"
  engine                     = "valkey"
  engine_version             = var.engine_version
  node_type                  = var.node_type
  num_cache_clusters         = var.num_cache_nodes
  port                       = var.port
  parameter_group_name       = var.parameter_group_name
  subnet_group_name          = aws_elasticache_subnet_group.this.name
  security_group_ids         = [aws_security_group.this.id]
  at_rest_encryption_enabled = var.at_rest_encryption_enabled
  transit_encryption_enabled = var.transit_encryption_enabled
  automatic_failover_enabled = var.num_cache_nodes > 1
  multi_az_enabled           = var.num_cache_nodes > 1
  maintenance_window         = var.maintenance_window
  snapshot_retention_limit   = var.snapshot_retention_limit
  snapshot_window            = var.snapshot_window
  tags                       = merge(var.tags, { Name = local.name })
}
