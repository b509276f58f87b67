login = '/api/auth/login'
websites = '/api/websites'
events = '/api/send'
verify = '/api/auth/verify'
heartbeat = '/api/heartbeat'
me = '/api/me'  # current user; used to validate a Cloud API key in verify_token
