// Stats module.
