# Reconstruction for tests (see README.md): the module's three resources written in the root itself, as a team may
# have them before (or instead of) a module.
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
  backend "s3" {
    bucket = "pbet-terraform-state"
    key    = "valkey/hml/terraform.tfstate"
    region = "us-east-1"
  }
}

provider "aws" {
  region = "us-east-1"
}

locals {
  name = "pbet-hml-valkey"
  tags = { Environment = "homolog", Project = "pbet" }
}

resource "aws_elasticache_subnet_group" "cache" {
  name        = "${local.name}-subnet-group"
  description = "Subnet group for Valkey"
  subnet_ids  = ["subnet-12345", "subnet-67890"]
  tags        = merge(local.tags, { Name = "${local.name}-subnet-group" })
}

resource "aws_security_group" "cache" {
  name        = "${local.name}-sg"
  description = "Security group for Valkey ElastiCache"
  vpc_id      = "vpc-12345"

  ingress {
    from_port       = 6379
    to_port         = 6379
    protocol        = "tcp"
    security_groups = ["sg-12345"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = merge(local.tags, { Name = "${local.name}-sg" })
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = local.name
  description                = "Valkey cluster for plataforma-bet"
  engine                     = "valkey"
  engine_version             = "8.0"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 2
  port                       = 6379
  parameter_group_name       = "default.valkey8"
  subnet_group_name          = aws_elasticache_subnet_group.cache.name
  security_group_ids         = [aws_security_group.cache.id]
  at_rest_encryption_enabled = true
  transit_encryption_enabled = false
  automatic_failover_enabled = true
  multi_az_enabled           = true
  tags                       = merge(local.tags, { Name = local.name })
}

output "valkey_endpoint" {
  value = aws_elasticache_replication_group.cache.primary_endpoint_address
}
