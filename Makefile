# Shortcuts; each target is one documented command.
.PHONY: demo test fuzz bench

demo:            ## install and run the pipeline on the bundled sample corpus
	python3 -m pip install -e . && newsline demo

test:            ## install test dependencies and run the whole suite (what CI runs)
	bash scripts/test.sh

fuzz:            ## fuzz the readers with atheris for 5 minutes (FUZZ_SECONDS=... to change)
	bash fuzz/run.sh $${FUZZ_SECONDS:-300}

bench:           ## the benchmark table (see benchmarks/README.md)
	bash benchmarks/run_all.sh
