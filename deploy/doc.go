// Package deploy holds what runs zongjie past one machine: a Kubernetes
// Indexed Job that rolls up a federation's unions in shards
// (kubernetes/map-job.yaml), a Job that rolls the shards up
// (kubernetes/reduce-job.yaml), the shared volume and settings they use
// (kubernetes/volume.yaml), and the image they run (Dockerfile). Its tests check the manifest's structure offline and
// run the Jobs' commands as local processes, comparing the result with one
// machine's byte for byte.
package deploy
