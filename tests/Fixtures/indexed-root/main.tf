# Reconstruction for tests (see README.md): the module called with count, so its resources are at module.valkey[0].
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

module "valkey" {
  source = "../module-root/modules/valkey"
  count  = 1

  prefix                = "pbet"
  project_name          = "plataforma-bet"
  vpc_id                = "vpc-12345"
  private_subnet_ids    = ["subnet-12345", "subnet-67890"]
  ecs_security_group_id = "sg-12345"
  environment           = "hml"

  node_type       = "cache.t3.micro"
  num_cache_nodes = 2
  engine_version  = "8.0"

  tags = {
    Environment = "homolog"
    Project     = "pbet"
  }
}
