"""Classic nbdev setup.py: everything is read from settings.ini."""
import shlex
from configparser import ConfigParser

import setuptools

config = ConfigParser(delimiters=['='])
config.read('settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

for key in 'version description keywords author author_email license git_url lib_name min_python'.split():
    assert key in cfg, f'missing `{key}` in settings.ini'

statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable', '6 - Mature', '7 - Inactive']
py_versions = '3.10 3.11 3.12 3.13'.split()
min_python = cfg['min_python']
lic = {'apache2': 'Apache-2.0', 'mit': 'MIT', 'gpl3': 'GPL-3.0-or-later', 'bsd3': 'BSD-3-Clause'}.get(cfg['license'], cfg['license'])

requirements = shlex.split(cfg.get('requirements', ''))
dev_requirements = shlex.split(cfg.get('dev_requirements', ''))
spark_requirements = shlex.split(cfg.get('spark_requirements', ''))  # the optional extra ml100k-recs[spark]
llm_requirements = shlex.split(cfg.get('llm_requirements', ''))  # the optional extra ml100k-recs[llm]
console_scripts = cfg.get('console_scripts', '').split()
model_modules = cfg.get('model_modules', '').split()  # entry points: where the registry finds models
reranker_modules = cfg.get('reranker_modules', '').split()  # ... and re-rankers

setuptools.setup(
    name=cfg['lib_name'],
    license=lic,
    classifiers=[
        'Development Status :: ' + statuses[int(cfg['status'])],
        'Intended Audience :: ' + cfg['audience'].title(),
        'Natural Language :: ' + cfg['language'].title(),
    ] + ['Programming Language :: Python :: ' + v for v in py_versions[py_versions.index(min_python):]],
    url=cfg['git_url'],
    packages=setuptools.find_packages(include=[cfg['lib_name'], cfg['lib_name'] + '.*']),
    include_package_data=True,
    install_requires=requirements,
    extras_require={'dev': dev_requirements, 'spark': spark_requirements, 'llm': llm_requirements},
    python_requires='>=' + min_python,
    long_description=open('README.md', encoding='utf-8').read(),
    long_description_content_type='text/markdown',
    zip_safe=False,
    entry_points={'console_scripts': console_scripts, 'nbdev': [f'{cfg["lib_path"]}={cfg["lib_path"]}._modidx:d'],
                  'ml100k_recs.models': [f'{m.rsplit(".", 1)[-1]}={m}' for m in model_modules],
                  'ml100k_recs.rerankers': [f'{m.rsplit(".", 1)[-1]}={m}' for m in reranker_modules]},
    version=cfg['version'],
    description=cfg['description'],
    keywords=cfg['keywords'],
    author=cfg['author'],
    author_email=cfg['author_email'],
)
