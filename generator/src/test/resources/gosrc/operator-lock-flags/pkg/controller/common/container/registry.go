package container

// DefaultContainerRegistry is where Elastic Stack images come from unless configured otherwise.
const DefaultContainerRegistry = "docker.elastic.co"

var registry = DefaultContainerRegistry

// SetContainerRegistry changes the registry images are pulled from.
func SetContainerRegistry(r string) {
	registry = r
}
