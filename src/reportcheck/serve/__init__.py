"""``reportcheck serve``: the checker as a newsroom web page and an HTTP API, on a warm pipeline.

A cold CLI run spends about two seconds starting Python, spaCy and the model
before it reads a word; a CMS, a fact desk's tools and people who never open
a terminal call a server that loaded all that once.  :func:`create_app`
(:mod:`reportcheck.serve.app`) builds the ASGI application; the pieces:

- :mod:`~reportcheck.serve.routes`: the ``/v1`` API (compare, extract, check, health, session)
- :mod:`~reportcheck.serve.inputs`: JSON and multipart bodies into named reports
- :mod:`~reportcheck.serve.work`: the library calls and renderers each endpoint runs
- :mod:`~reportcheck.serve.limits`: worker pool, queue, time limit, body cap
- :mod:`~reportcheck.serve.auth`: the bearer token and the page's session cookie
- :mod:`~reportcheck.serve.errors`: catalogue codes as HTTP statuses
- :mod:`~reportcheck.serve.page`: the page at ``/``, its assets and ``/docs``

Needs the ``serve`` extra (FastAPI, uvicorn, python-multipart).
"""
