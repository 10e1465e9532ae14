value = "rel.inner.value"
