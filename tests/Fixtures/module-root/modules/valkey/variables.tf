# Reconstruction for tests (see ../../README.md): the variables and defaults the module documents.
variable "prefix" {
  type = string
}

variable "project_name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "private_subnet_ids" {
  type = list(string)
}

variable "ecs_security_group_id" {
  type = string
}

variable "environment" {
  type = string
}

variable "node_type" {
  type    = string
  default = "cache.t3.micro"
}

variable "num_cache_nodes" {
  type    = number
  default = 2
}

variable "engine_version" {
  type    = string
  default = "8.0"
}

variable "port" {
  type    = number
  default = 6379
}

variable "parameter_group_name" {
  type    = string
  default = "default.valkey8"
}

variable "at_rest_encryption_enabled" {
  type    = bool
  default = true
}

variable "transit_encryption_enabled" {
  type    = bool
  default = false
}

variable "maintenance_window" {
  type    = string
  default = null
}

variable "snapshot_retention_limit" {
  type    = number
  default = null
}

variable "snapshot_window" {
  type    = string
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}
