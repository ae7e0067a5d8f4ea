// Cecil's object model is not thread-safe; the rules are fast enough to run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
