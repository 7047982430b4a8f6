"""Benchmark: `ml100k-recs reproduce-seed` from a cold process against the reference notebook's own procedures.

Both sides compute the same rows of the reference notebook's table — CF and KG (seed split, seed averaging), Graph
Retrieval (u1, the graph stage's averaging) and the embedding retrieval before re-ranking (seed split, seed
averaging) — each in a new Python process started by this script, from the MovieLens files in ML100K_DIR, so that
start-up, imports and reading the files are counted on both sides:

- **ours**: the `ml100k-recs reproduce-seed` command, with the movie-text embeddings already in the on-disk cache
  (the script fills it first; the first-ever run's encoding cost is measured separately and printed);
- **the notebook's**: its procedures kept verbatim in `ml100k_recs.seed` (cells 2–4, 6–13, 15–17 and 19's loop),
  reading the files as the notebook does, run one after the other in one process. The notebook encodes the movie
  texts on every run (it has no cache): that is reported as its own column and counted in the notebook's total, and
  the ratio without it is printed too.

Each round runs ours `--ours-per-round` times (it takes under two seconds, so a single run is at the mercy of one busy
second on a shared machine) and the notebook's side once (about a minute); the ratio is of the medians.

Run from the repository root (it takes a few minutes; timings are never asserted anywhere):

    ML100K_DIR=../shared/ml-100k .venv/bin/python benchmarks/reproduce_seed.py [--rounds 3]
"""
import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

from _common import compile_bytecode, run_timed  # benchmarks/_common.py (this script's folder is on sys.path)

NOTEBOOK_SIDE = r'''
import json, sys, time
started = time.perf_counter()
import pandas as pd
from ml100k_recs.seed import (reference_seed_split, reference_relevant, reference_user_cf, reference_genre_kg,
                              reference_load_movielens100k, reference_metadata_graph, reference_graph_evaluation,
                              reference_movie_texts, reference_encode, reference_embedding_retrieval, reference_llm_evaluation)
folder, with_encoding = sys.argv[1], sys.argv[2] == 'encode'
times = {}
t = time.perf_counter()
ratings = pd.read_csv(f'{folder}/u.data', sep='\t', names=['user_id', 'item_id', 'rating', 'timestamp'])
train_df, test_df = reference_seed_split(ratings)
test_relevant = reference_relevant(test_df)
users = train_df['user_id'].unique()
times['split'] = time.perf_counter() - t
t = time.perf_counter()
cf = reference_user_cf(train_df, users, K=10)
rows = {'Collaborative Filtering': reference_llm_evaluation(cf, train_df, test_relevant)}  # cell 19's loop = cell 6's
times['CF'] = time.perf_counter() - t
t = time.perf_counter()
genre_list = ["Unknown","Action","Adventure","Animation","Children's","Comedy","Crime","Documentary","Drama","Fantasy",
              "Film-Noir","Horror","Musical","Mystery","Romance","Sci-Fi","Thriller","War","Western"]
movies_df = pd.read_csv(f'{folder}/u.item', sep='|', encoding='latin-1', header=None)
movies_df.columns = ['movie_id','title','release_date','video_release','IMDb_url'] + genre_list
kg = reference_genre_kg(train_df, movies_df, genre_list, users, K=10)
rows['KG (Genres)'] = reference_llm_evaluation(kg, train_df, test_relevant)
times['KG'] = time.perf_counter() - t
t = time.perf_counter()
train_ratings, test_ratings, movie_genres = reference_load_movielens100k(f'{folder}/u1.base', f'{folder}/u1.test', f'{folder}/u.item')
graph_recs, _ = reference_metadata_graph(train_ratings, movie_genres, K=10)
rows['Graph Retrieval'] = {f'{m}@{k}': v for k in (5, 10)
                           for m, v in zip(('P', 'R', 'NDCG'), reference_graph_evaluation({u: r[:k] for u, r in graph_recs.items()}, test_ratings, k))}
times['Graph'] = time.perf_counter() - t
t = time.perf_counter()
id_to_title, movie_ids, descriptions = reference_movie_texts(movies_df, movie_genres)
if with_encoding:
    from sentence_transformers import SentenceTransformer
    from ml100k_recs.vectors import resolve_model
    vectors = reference_encode(descriptions, SentenceTransformer(resolve_model('all-MiniLM-L6-v2'), device='cpu'))
else:
    from ml100k_recs.vectors import encode_texts
    vectors = encode_texts(descriptions)  # the same vectors, from the on-disk cache
times['encoding'] = time.perf_counter() - t
t = time.perf_counter()
candidates = reference_embedding_retrieval(train_df, vectors, movie_ids, users, N=50)
rows['Embedding retrieval'] = reference_llm_evaluation(candidates, train_df, test_relevant)
times['Embedding'] = time.perf_counter() - t
times['total'] = time.perf_counter() - started
print(json.dumps({'times': times, 'rows': rows}))
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--rounds', type=int, default=3, help='rounds; each runs the notebook\'s side once (medians reported)')
    parser.add_argument('--ours-per-round', type=int, default=5,
                        help='fresh runs of reproduce-seed per round (ours takes ~2 s, so one run is at the mercy of a busy second)')
    args = parser.parse_args()
    if not os.environ.get('ML100K_DIR'): sys.exit('set ML100K_DIR to the MovieLens 100K folder')
    env = {**os.environ, 'HF_HUB_OFFLINE': '1', 'OMP_NUM_THREADS': '1', 'TOKENIZERS_PARALLELISM': 'false'}
    command = str(Path(sys.executable).with_name('ml100k-recs'))
    folder = os.environ['ML100K_DIR']
    print(compile_bytecode() + ' (both sides import it)')
    with tempfile.TemporaryDirectory() as cache:
        first_env = {**env, 'ML100K_CACHE': cache}
        first, _, _ = run_timed([command, 'reproduce-seed'], first_env)  # an empty embedding cache: encodes the movie texts
        print(f'first run of reproduce-seed with an empty embedding cache (encodes 1,682 movie texts): {first:.2f} s')
        ours, ours_cpu, theirs, theirs_cpu, encoding, per_row = [], [], [], [], [], []
        for n in range(1, args.rounds + 1):
            mine = [run_timed([command, 'reproduce-seed', '--format', 'json'], first_env) for _ in range(args.ours_per_round)]
            ours += [wall for wall, _, _ in mine]; ours_cpu += [cpu for _, cpu, _ in mine]
            out = mine[-1][2]
            wall, cpu, out_ref = run_timed([sys.executable, '-c', NOTEBOOK_SIDE, folder, 'encode'], first_env)
            result = json.loads(out_ref)
            theirs.append(wall); theirs_cpu.append(cpu); encoding.append(result['times']['encoding']); per_row.append(result['times'])
            print(f'round {n}: ours {" ".join(f"{w:.2f}" for w, _, _ in mine)} s, '
                  f'the notebook\'s {wall:.2f} s (of which encoding {encoding[-1]:.2f} s)')
        ours_rows = {r['model']: r for r in json.loads(out)}
    same = all(abs(round(ours_rows[label if label != 'Embedding retrieval' else
                                   'Embedding retrieval alone (not a row of the notebook)'][k], 4) - round(v, 4)) < 1e-12
               for label, values in result['rows'].items() for k, v in values.items())
    med = statistics.median
    print(f'\nper-row seconds of the notebook\'s procedures (median of {args.rounds}):',
          {k: round(med(r[k] for r in per_row), 2) for k in per_row[0]})
    print(f'median wall seconds, new process each: ours {med(ours):.2f} (of {len(ours)} runs), '
          f'the notebook\'s {med(theirs):.2f} (of {len(theirs)})')
    print(f'speed-up: {med(theirs) / med(ours):.0f}x with the notebook encoding its texts as it does on every run; '
          f'{(med(theirs) - med(encoding)) / med(ours):.0f}x if it had our cache')
    print(f'CPU seconds (user + system), medians: ours {med(ours_cpu):.2f}, the notebook\'s {med(theirs_cpu):.2f} '
          f'({med(theirs_cpu) / med(ours_cpu):.0f}x; the notebook\'s encoding may use more than one core)')
    print(f'same numbers at the table\'s precision on every row: {same}')


if __name__ == '__main__':
    main()
