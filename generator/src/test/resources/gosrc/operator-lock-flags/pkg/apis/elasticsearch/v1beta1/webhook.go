package v1beta1

import (
	"errors"
)

// +kubebuilder:webhook:path=/validate-elasticsearch-k8s-elastic-co-v1beta1-elasticsearch,mutating=false,failurePolicy=ignore,groups=elasticsearch.k8s.elastic.co,resources=elasticsearches,verbs=create;update,versions=v1beta1,name=elastic-es-validation-v1beta1.k8s.elastic.co

// ValidateCreate checks a new Elasticsearch object.
func (es *Elasticsearch) ValidateCreate() error {
	if len(es.Spec.NodeSets) == 0 {
		return errors.New("at least one node set is required")
	}
	return nil
}

// ValidateUpdate checks a changed Elasticsearch object.
func (es *Elasticsearch) ValidateUpdate(old *Elasticsearch) error {
	return es.ValidateCreate()
}
